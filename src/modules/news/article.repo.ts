import { and, asc, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { users } from '../accounts/accounts.tables.ts';
import { articleOldSlugs, articles, categories } from './news.tables.ts';

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleInsert = typeof articles.$inferInsert;
export type ArticlePatch = Partial<Omit<ArticleInsert, 'id' | 'tenantId' | 'createdAt' | 'createdBy'>>;

export async function findArticle(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, id)));
  return row;
}

/** Reads and locks the row for the rest of the transaction: version check and write stay atomic. */
export async function lockArticle(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, id)))
    .for('update');
  return row;
}

export async function insertArticle(db: Executor, row: ArticleInsert): Promise<ArticleRow> {
  const [created] = await db.insert(articles).values(row).returning();
  if (!created) throw new Error('article insert returned nothing');
  return created;
}

export async function updateArticle(
  db: Executor,
  tenantId: string,
  id: string,
  patch: ArticlePatch,
): Promise<ArticleRow> {
  const [row] = await db
    .update(articles)
    .set(patch)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, id)))
    .returning();
  if (!row) throw new Error('article update returned nothing');
  return row;
}

export interface ArticleListFilter {
  status?: string | undefined;
  categoryId?: string | undefined;
  q?: string | undefined;
  author?: string | undefined;
  sort: 'updated' | 'published';
  page: number;
  pageSize: number;
}

export type ArticleListRow = Pick<
  ArticleRow,
  | 'id'
  | 'slug'
  | 'title'
  | 'categoryId'
  | 'featured'
  | 'status'
  | 'publishedAt'
  | 'version'
  | 'createdBy'
  | 'updatedAt'
> & { categoryName: string | null; createdByName: string | null };

export async function listArticles(
  db: Executor,
  tenantId: string,
  f: ArticleListFilter,
): Promise<{ rows: ArticleListRow[]; total: number }> {
  const where: (SQL | undefined)[] = [eq(articles.tenantId, tenantId)];
  if (f.status) where.push(eq(articles.status, f.status));
  if (f.categoryId) where.push(eq(articles.categoryId, f.categoryId));
  if (f.author) where.push(eq(articles.createdBy, f.author));
  if (f.q) {
    // Accent-insensitive: "hop tac xa" finds "Hợp tác xã".
    const pattern = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(sql`f_unaccent(lower(${articles.title})) like f_unaccent(lower(${pattern}))`);
  }
  const cond = and(...where);
  const order =
    f.sort === 'published'
      ? [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)]
      : [desc(articles.updatedAt), desc(articles.id)];
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        categoryId: articles.categoryId,
        featured: articles.featured,
        status: articles.status,
        publishedAt: articles.publishedAt,
        version: articles.version,
        createdBy: articles.createdBy,
        updatedAt: articles.updatedAt,
        categoryName: categories.name,
        createdByName: users.fullName,
      })
      .from(articles)
      .leftJoin(
        categories,
        and(eq(categories.tenantId, articles.tenantId), eq(categories.id, articles.categoryId)),
      )
      .leftJoin(users, eq(users.id, articles.createdBy))
      .where(cond)
      .orderBy(...order)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(articles).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Slugs equal to `base` or of the form `base-…`, to pick the first free one. */
export async function articleSlugsLike(db: Executor, tenantId: string, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(
      and(eq(articles.tenantId, tenantId), or(eq(articles.slug, base), like(articles.slug, `${base}-%`))),
    );
  return rows.map((r) => r.slug);
}

export async function findArticleIdBySlug(
  db: Executor,
  tenantId: string,
  slug: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.slug, slug)));
  return row?.id;
}

/** Remembers a slug the article leaves, so links to it answer 301. */
export async function rememberOldSlug(
  db: Executor,
  tenantId: string,
  slug: string,
  articleId: string,
): Promise<void> {
  await db
    .insert(articleOldSlugs)
    .values({ tenantId, slug, articleId })
    .onConflictDoUpdate({ target: [articleOldSlugs.tenantId, articleOldSlugs.slug], set: { articleId } });
}

/** A slug taken (again) as a current slug no longer redirects anywhere. */
export async function forgetOldSlug(db: Executor, tenantId: string, slug: string): Promise<void> {
  await db
    .delete(articleOldSlugs)
    .where(and(eq(articleOldSlugs.tenantId, tenantId), eq(articleOldSlugs.slug, slug)));
}

export async function listOldSlugs(db: Executor, tenantId: string, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ slug: articleOldSlugs.slug })
    .from(articleOldSlugs)
    .where(and(eq(articleOldSlugs.tenantId, tenantId), eq(articleOldSlugs.articleId, articleId)))
    .orderBy(asc(articleOldSlugs.createdAt));
  return rows.map((r) => r.slug);
}

/** Display name of a staff member of the tenant (for "changed by …" messages). */
export async function staffName(
  db: Executor,
  tenantId: string,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db
    .select({ name: users.fullName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return row?.name ?? null;
}

import { and, asc, count, desc, eq, gt, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { articleOldSlugs, articles, categories } from './news.tables.ts';

/** Public reads see published articles whose time has come; a later published_at is "scheduled". */
const visible = (tenantId: string, now: Date) =>
  and(eq(articles.tenantId, tenantId), eq(articles.status, 'published'), lte(articles.publishedAt, now));

export interface CardFilter {
  /** The category and, for a parent, its descendants. */
  categoryIds?: readonly string[];
  featured?: boolean;
  /** Only articles published strictly before this instant ("Các tin khác"). */
  before?: Date;
  excludeId?: string;
}

function cardWhere(tenantId: string, now: Date, f: CardFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [visible(tenantId, now)];
  if (f.categoryIds) where.push(inArray(articles.categoryId, [...f.categoryIds]));
  if (f.featured !== undefined) where.push(eq(articles.featured, f.featured));
  if (f.before) where.push(lt(articles.publishedAt, f.before));
  if (f.excludeId) where.push(ne(articles.id, f.excludeId));
  return and(...where);
}

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  coverMediaId: articles.coverMediaId,
  categoryId: articles.categoryId,
  categoryName: categories.name,
  categorySlug: categories.slug,
};

export interface CardRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  coverMediaId: string | null;
  categoryId: string;
  categoryName: string | null;
  categorySlug: string | null;
}

/** One query for a whole list, category joined; never the body (lists must stay light). */
export async function listCards(
  db: Executor,
  tenantId: string,
  now: Date,
  f: CardFilter & { limit: number; offset?: number },
): Promise<CardRow[]> {
  if (f.categoryIds && f.categoryIds.length === 0) return [];
  return db
    .select(cardColumns)
    .from(articles)
    .leftJoin(
      categories,
      and(eq(categories.tenantId, articles.tenantId), eq(categories.id, articles.categoryId)),
    )
    .where(cardWhere(tenantId, now, f))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(f.limit)
    .offset(f.offset ?? 0);
}

export async function countCards(db: Executor, tenantId: string, now: Date, f: CardFilter): Promise<number> {
  if (f.categoryIds && f.categoryIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .where(cardWhere(tenantId, now, f));
  return row?.n ?? 0;
}

export type PublicArticleRow = typeof articles.$inferSelect & {
  categoryName: string | null;
  categorySlug: string | null;
};

export async function findVisibleBySlug(
  db: Executor,
  tenantId: string,
  slug: string,
  now: Date,
): Promise<PublicArticleRow | undefined> {
  const [row] = await db
    .select({ a: articles, categoryName: categories.name, categorySlug: categories.slug })
    .from(articles)
    .leftJoin(
      categories,
      and(eq(categories.tenantId, articles.tenantId), eq(categories.id, articles.categoryId)),
    )
    .where(and(visible(tenantId, now), eq(articles.slug, slug)));
  return row ? { ...row.a, categoryName: row.categoryName, categorySlug: row.categorySlug } : undefined;
}

/** The current slug of a visible article that once answered to `oldSlug`. */
export async function findSlugForOldSlug(
  db: Executor,
  tenantId: string,
  oldSlug: string,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articleOldSlugs)
    .innerJoin(articles, eq(articles.id, articleOldSlugs.articleId))
    .where(
      and(eq(articleOldSlugs.tenantId, tenantId), eq(articleOldSlugs.slug, oldSlug), visible(tenantId, now)),
    );
  return row?.slug;
}

export interface SitemapRow {
  slug: string;
  lastmod: Date;
}

export async function listSitemapArticles(
  db: Executor,
  tenantId: string,
  now: Date,
  limit: number,
  offset: number,
): Promise<SitemapRow[]> {
  const rows = await db
    .select({
      slug: articles.slug,
      lastmod: sql<string>`greatest(${articles.updatedAt}, ${articles.publishedAt})`,
    })
    .from(articles)
    .where(visible(tenantId, now))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  // A raw expression comes back as text (pg) or Date (PGlite): normalise.
  return rows.map((r) => ({ slug: r.slug, lastmod: new Date(r.lastmod) }));
}

/** When the next scheduled article becomes visible: the earliest published_at still ahead of now. */
export async function nextScheduledAt(db: Executor, tenantId: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: articles.publishedAt })
    .from(articles)
    .where(
      and(eq(articles.tenantId, tenantId), eq(articles.status, 'published'), gt(articles.publishedAt, now)),
    )
    .orderBy(asc(articles.publishedAt))
    .limit(1);
  return row?.at ?? null;
}

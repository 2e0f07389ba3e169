import { and, asc, count, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { articles, categories } from './news.tables.ts';

export type CategoryRow = typeof categories.$inferSelect;
export type CategoryInsert = typeof categories.$inferInsert;

/** All categories of a tenant, in display order: a few dozen rows, read whole and treed in memory. */
export async function listCategories(db: Executor, tenantId: string): Promise<CategoryRow[]> {
  return db
    .select()
    .from(categories)
    .where(eq(categories.tenantId, tenantId))
    .orderBy(asc(categories.position), asc(categories.name));
}

export async function findCategory(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.id, id)));
  return row;
}

export async function findCategoryBySlug(
  db: Executor,
  tenantId: string,
  slug: string,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.slug, slug)));
  return row;
}

/** Slugs equal to `base` or of the form `base-…`, to pick the first free "base-2", "base-3"… */
export async function categorySlugsLike(db: Executor, tenantId: string, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: categories.slug })
    .from(categories)
    .where(
      and(
        eq(categories.tenantId, tenantId),
        or(eq(categories.slug, base), like(categories.slug, `${base}-%`)),
      ),
    );
  return rows.map((r) => r.slug);
}

export async function insertCategory(db: Executor, row: CategoryInsert): Promise<CategoryRow> {
  const [created] = await db.insert(categories).values(row).returning();
  if (!created) throw new Error('category insert returned nothing');
  return created;
}

export async function updateCategory(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<Omit<CategoryInsert, 'id' | 'tenantId'>>,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(categories)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(categories.tenantId, tenantId), eq(categories.id, id)))
    .returning();
  return row;
}

export async function deleteCategory(db: Executor, tenantId: string, id: string): Promise<void> {
  await db.delete(categories).where(and(eq(categories.tenantId, tenantId), eq(categories.id, id)));
}

export async function countArticlesIn(db: Executor, tenantId: string, categoryId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.categoryId, categoryId)));
  return row?.n ?? 0;
}

/** Article counts per category (any status), for the staff list. */
export async function articleCountsByCategory(db: Executor, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: articles.categoryId, n: count() })
    .from(articles)
    .where(eq(articles.tenantId, tenantId))
    .groupBy(articles.categoryId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Sets each sibling's position to its index in `ids`, in one statement. */
export async function setPositions(db: Executor, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const cases = sql.join(
    ids.map((id, i) => sql`when ${id}::uuid then ${i}::int`),
    sql` `,
  );
  await db
    .update(categories)
    .set({ position: sql`case ${categories.id} ${cases} end`, updatedAt: sql`now()` })
    .where(and(eq(categories.tenantId, tenantId), inArray(categories.id, [...ids])));
}

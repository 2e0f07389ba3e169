import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { pages } from './pages.tables.ts';

export type PageRow = typeof pages.$inferSelect;
type PageValues = { slug: string; title: string; bodyHtml: string; position: number; published: boolean };
type NewPage = PageValues & { isDemo?: boolean };

const p = pages;

export async function listPages(db: Executor, tenantId: string, onlyPublished: boolean): Promise<PageRow[]> {
  const where = onlyPublished
    ? and(eq(p.tenantId, tenantId), eq(p.published, true))
    : eq(p.tenantId, tenantId);
  return db.select().from(p).where(where).orderBy(asc(p.position), asc(p.title), asc(p.id));
}

export async function findPage(db: Executor, tenantId: string, id: string): Promise<PageRow | undefined> {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.tenantId, tenantId), eq(p.id, id)));
  return row;
}

export async function findPageBySlug(
  db: Executor,
  tenantId: string,
  slug: string,
): Promise<PageRow | undefined> {
  const [row] = await db
    .select()
    .from(p)
    .where(and(eq(p.tenantId, tenantId), eq(p.slug, slug)));
  return row;
}

export async function slugTaken(db: Executor, tenantId: string, slug: string, exceptId: string | null) {
  const cond = and(eq(p.tenantId, tenantId), eq(p.slug, slug), exceptId ? ne(p.id, exceptId) : undefined);
  const [row] = await db.select({ id: p.id }).from(p).where(cond);
  return Boolean(row);
}

export async function insertPage(db: Executor, tenantId: string, values: NewPage): Promise<PageRow> {
  const [row] = await db
    .insert(p)
    .values({ tenantId, ...values })
    .returning();
  if (!row) throw new Error('page insert returned nothing');
  return row;
}

export async function updatePage(
  db: Executor,
  tenantId: string,
  id: string,
  values: PageValues,
): Promise<PageRow | undefined> {
  const [row] = await db
    .update(p)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(p.tenantId, tenantId), eq(p.id, id)))
    .returning();
  return row;
}

export async function deletePage(db: Executor, tenantId: string, id: string): Promise<PageRow | undefined> {
  const [row] = await db
    .delete(p)
    .where(and(eq(p.tenantId, tenantId), eq(p.id, id)))
    .returning();
  return row;
}

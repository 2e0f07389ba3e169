import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { websiteLinks } from './pages.tables.ts';

export type LinkRow = typeof websiteLinks.$inferSelect;
type LinkValues = { title: string; url: string; position: number };

const l = websiteLinks;

export async function listLinks(db: Executor, tenantId: string): Promise<LinkRow[]> {
  return db
    .select()
    .from(l)
    .where(eq(l.tenantId, tenantId))
    .orderBy(asc(l.position), asc(l.title), asc(l.id));
}

export async function findLink(db: Executor, tenantId: string, id: string): Promise<LinkRow | undefined> {
  const [row] = await db
    .select()
    .from(l)
    .where(and(eq(l.tenantId, tenantId), eq(l.id, id)));
  return row;
}

export async function insertLink(
  db: Executor,
  tenantId: string,
  values: LinkValues & { isDemo?: boolean },
): Promise<LinkRow> {
  const [row] = await db
    .insert(l)
    .values({ tenantId, ...values })
    .returning();
  if (!row) throw new Error('link insert returned nothing');
  return row;
}

export async function updateLink(
  db: Executor,
  tenantId: string,
  id: string,
  values: LinkValues,
): Promise<LinkRow | undefined> {
  const [row] = await db
    .update(l)
    .set(values)
    .where(and(eq(l.tenantId, tenantId), eq(l.id, id)))
    .returning();
  return row;
}

export async function deleteLink(db: Executor, tenantId: string, id: string): Promise<LinkRow | undefined> {
  const [row] = await db
    .delete(l)
    .where(and(eq(l.tenantId, tenantId), eq(l.id, id)))
    .returning();
  return row;
}

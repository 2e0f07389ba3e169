// The register's part of demo data, organisation side: bulk inserts of the demo register and
// its removal. Figures, ratings, reports, status history, union links, attachments links and
// representative links go with an organisation (on delete cascade).
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations, orgStatusHistory, orgUnionMembers } from '../registry.tables.ts';
import type { OrgInsert, OrgRow } from './orgs.repo.ts';

const o = organizations;

export async function countDemoOrgs(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function anyOrg(db: Executor, tenantId: string): Promise<boolean> {
  const rows = await db.select({ id: o.id }).from(o).where(eq(o.tenantId, tenantId)).limit(1);
  return rows.length > 0;
}

/** Slugs and registration codes already used in the tenant. */
export async function selectTakenKeys(
  db: Executor,
  tenantId: string,
): Promise<{ slug: string; regCode: string | null }[]> {
  return db.select({ slug: o.slug, regCode: o.regCode }).from(o).where(eq(o.tenantId, tenantId));
}

export async function insertOrgs(db: Executor, rows: readonly OrgInsert[]): Promise<OrgRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(o)
    .values([...rows])
    .returning();
}

export async function insertStatusHistoryRows(
  db: Executor,
  rows: readonly (typeof orgStatusHistory.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(orgStatusHistory).values([...rows]);
}

export async function insertUnionLinks(
  db: Executor,
  rows: readonly (typeof orgUnionMembers.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(orgUnionMembers).values([...rows]);
}

export async function selectDemoOrgIds(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: o.id })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.isDemo, true)));
  return rows.map((r) => r.id);
}

/** Organisations staff entered that were merged into one of `ids` (their history lives there). */
export async function selectStaffMergedInto(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: o.mergedIntoId })
    .from(o)
    .where(
      and(
        eq(o.tenantId, tenantId),
        eq(o.isDemo, false),
        isNotNull(o.mergedIntoId),
        inArray(o.mergedIntoId, [...ids]),
      ),
    );
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
}

export async function deleteOrgs(db: Executor, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(o).where(and(eq(o.tenantId, tenantId), inArray(o.id, [...ids])));
}

export async function unflagOrgs(db: Executor, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(o)
    .set({ isDemo: false })
    .where(and(eq(o.tenantId, tenantId), inArray(o.id, [...ids])));
}

import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgReports, reportingDeadlines } from '../registry.tables.ts';

const r = orgReports;
const d = reportingDeadlines;

export type ReportRow = typeof r.$inferSelect;
export type ReportChanges = Omit<typeof r.$inferInsert, 'tenantId' | 'orgId' | 'year' | 'updatedAt'>;

/**
 * Serialises every change to one organisation's year (figures, report state) until the
 * transaction ends, so a save and an approval cannot interleave.
 */
export async function lockOrgYear(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`org-year:${tenantId}:${orgId}:${year}`}, 0))`,
  );
}

export async function selectReport(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(r)
    .where(and(eq(r.tenantId, tenantId), eq(r.orgId, orgId), eq(r.year, year)));
  return row;
}

/** Report state per year of an organisation (years without a row are not reported). */
export async function selectReportStatuses(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<{ year: number; status: string }[]> {
  return db
    .select({ year: r.year, status: r.status })
    .from(r)
    .where(and(eq(r.tenantId, tenantId), eq(r.orgId, orgId)))
    .orderBy(asc(r.year));
}

export async function upsertReport(
  db: Executor,
  key: { tenantId: string; orgId: string; year: number },
  changes: ReportChanges,
): Promise<ReportRow> {
  const [row] = await db
    .insert(r)
    .values({ ...key, ...changes })
    .onConflictDoUpdate({
      target: [r.orgId, r.year],
      set: { ...changes, updatedAt: sql`now()` },
      setWhere: eq(r.tenantId, key.tenantId),
    })
    .returning();
  if (!row) throw new Error('report upsert returned nothing');
  return row;
}

export async function selectDeadline(db: Executor, tenantId: string, year: number): Promise<string | null> {
  const [row] = await db
    .select({ deadline: d.deadline })
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.year, year)));
  return row?.deadline ?? null;
}

export async function upsertDeadline(
  db: Executor,
  tenantId: string,
  year: number,
  deadline: string,
): Promise<void> {
  await db
    .insert(d)
    .values({ tenantId, year, deadline })
    .onConflictDoUpdate({ target: [d.tenantId, d.year], set: { deadline } });
}

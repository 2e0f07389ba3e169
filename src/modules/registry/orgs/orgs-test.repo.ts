import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { searchEntries } from '../../search/search.tables.ts';
import { orgFigures, orgRatings, orgReports } from '../registry.tables.ts';

/** Test-only probe: the search row of an organisation (or none), read straight from the table. */
export async function findOrgSearchEntry(db: Executor, tenantId: string, orgId: string) {
  const [row] = await db
    .select({
      url: searchEntries.url,
      title: searchEntries.title,
      summary: searchEntries.summary,
      body: searchEntries.body,
    })
    .from(searchEntries)
    .where(
      and(
        eq(searchEntries.tenantId, tenantId),
        eq(searchEntries.kind, 'org'),
        eq(searchEntries.refId, orgId),
      ),
    );
  return row;
}

/** Test-only: a rating as the figures module would record it. */
export async function insertRating(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  grade: string,
  score: number | null = null,
) {
  await db.insert(orgRatings).values({ tenantId, orgId, year, grade, score });
}

export async function insertReport(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  status: string,
) {
  await db.insert(orgReports).values({ tenantId, orgId, year, status });
}

export async function insertFigure(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  indicatorCode: string,
  value: number,
) {
  await db.insert(orgFigures).values({ tenantId, orgId, year, indicatorCode, value });
}

export async function figuresOf(
  db: Executor,
  orgId: string,
): Promise<{ year: number; indicatorCode: string; value: number }[]> {
  return db
    .select({ year: orgFigures.year, indicatorCode: orgFigures.indicatorCode, value: orgFigures.value })
    .from(orgFigures)
    .where(eq(orgFigures.orgId, orgId))
    .orderBy(orgFigures.year, orgFigures.indicatorCode);
}

/** Test-only: how many organisations a tenant holds, merged ones included. */
export async function countOrgRows(db: Executor, tenantId: string): Promise<number> {
  const res = await db.execute(
    sql`select count(*)::int as n from organizations where tenant_id = ${tenantId}`,
  );
  return (res as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

// Bulk inserts of the demo register's yearly figures, ratings and reports (figures-demo.service.ts).
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgFigures, orgRatings, orgReports } from '../registry.tables.ts';

/**
 * Inserts figure rows in one statement with one parameter (a JSON array): thousands of rows
 * bound one value at a time cost far more to send and plan than to store.
 */
export async function insertFigureRows(
  db: Executor,
  tenantId: string,
  rows: readonly { orgId: string; year: number; indicatorCode: string; value: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${orgFigures} (tenant_id, org_id, year, indicator_code, value)
    select ${tenantId}::uuid, x.org_id, x.year, x.indicator_code, x.value
    from jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ org_id: r.orgId, year: r.year, indicator_code: r.indicatorCode, value: r.value })))}::jsonb)
      as x(org_id uuid, year integer, indicator_code text, value numeric)`);
}

export async function insertRatingRows(
  db: Executor,
  rows: readonly (typeof orgRatings.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(orgRatings).values([...rows]);
}

export async function insertReportRows(
  db: Executor,
  rows: readonly (typeof orgReports.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(orgReports).values([...rows]);
}

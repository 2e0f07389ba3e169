// Bulk inserts of the demo register's yearly figures, ratings and reports (figures-demo.service.ts).
import type { Executor } from '../../../core/db/types.ts';
import { orgFigures, orgRatings, orgReports } from '../registry.tables.ts';

// Far below the 65,535 parameters of one statement (6 per figure row).
const CHUNK = 2000;

export async function insertFigureRows(
  db: Executor,
  rows: readonly (typeof orgFigures.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(orgFigures).values(rows.slice(i, i + CHUNK));
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

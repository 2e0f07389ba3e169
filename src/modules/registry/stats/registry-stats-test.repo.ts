import type { Executor } from '../../../core/db/types.ts';
import { orgFigures, orgRatings } from '../registry.tables.ts';

// Test-only: figures and ratings written straight to their tables, so the dashboard tests know
// every number without going through the reporting workflow.

export async function insertTestFigures(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  values: Record<string, number>,
): Promise<void> {
  await db.insert(orgFigures).values(
    Object.entries(values).map(([indicatorCode, value]) => ({
      tenantId,
      orgId,
      year,
      indicatorCode,
      value,
    })),
  );
}

export async function insertTestRating(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  grade: string,
): Promise<void> {
  await db.insert(orgRatings).values({ tenantId, orgId, year, grade });
}

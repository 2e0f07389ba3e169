import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgFigures } from '../registry.tables.ts';

const f = orgFigures;

export interface FigureRow {
  year: number;
  indicatorCode: string;
  value: number;
}

/** Stored values of an organisation, for some years or all of them, oldest year first. */
export async function selectFigureRows(
  db: Executor,
  tenantId: string,
  orgId: string,
  years?: readonly number[],
): Promise<FigureRow[]> {
  const where = [eq(f.tenantId, tenantId), eq(f.orgId, orgId)];
  if (years) where.push(inArray(f.year, [...years]));
  return db
    .select({ year: f.year, indicatorCode: f.indicatorCode, value: f.value })
    .from(f)
    .where(and(...where))
    .orderBy(asc(f.year), asc(f.indicatorCode));
}

/**
 * The optimistic-locking token of an organisation's year: the latest change in microseconds
 * since 1970 (exact as a float8 until year 2255), 0 when nothing is stored.
 */
export async function selectFiguresVersion(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
): Promise<{ version: number; updatedAt: Date | null }> {
  const [row] = await db
    .select({
      version: sql<number>`coalesce(round(extract(epoch from max(${f.updatedAt})) * 1000000), 0)::float8`,
      updatedAt: max(f.updatedAt),
    })
    .from(f)
    .where(and(eq(f.tenantId, tenantId), eq(f.orgId, orgId), eq(f.year, year)));
  return { version: Number(row?.version ?? 0), updatedAt: row?.updatedAt ?? null };
}

export async function upsertFigureValues(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  values: readonly { indicatorCode: string; value: number }[],
  userId: string | null,
): Promise<void> {
  if (values.length === 0) return;
  await db
    .insert(f)
    .values(values.map((v) => ({ tenantId, orgId, year, ...v, updatedBy: userId })))
    .onConflictDoUpdate({
      target: [f.orgId, f.year, f.indicatorCode],
      set: { value: sql`excluded.value`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
    });
}

export async function deleteFigureValues(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  codes: readonly string[],
): Promise<void> {
  if (codes.length === 0) return;
  await db
    .delete(f)
    .where(
      and(
        eq(f.tenantId, tenantId),
        eq(f.orgId, orgId),
        eq(f.year, year),
        inArray(f.indicatorCode, [...codes]),
      ),
    );
}

/**
 * Stamps every value of the year with this change: the version then moves on any change,
 * clearing a value included (the latest stamp could otherwise fall back to an older one).
 */
export async function touchFigures(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
  userId: string | null,
): Promise<void> {
  await db
    .update(f)
    .set({ updatedAt: sql`now()`, updatedBy: userId })
    .where(and(eq(f.tenantId, tenantId), eq(f.orgId, orgId), eq(f.year, year)));
}

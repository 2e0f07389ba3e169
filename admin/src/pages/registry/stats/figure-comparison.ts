import type { FigureTotal } from '../../../api/registry-stats-api';

/** A year's total of an indicator next to the year before (from a second request), when known. */
export interface FigureComparison extends FigureTotal {
  previous: FigureTotal | null;
}

export function compareFigures(
  current: FigureTotal[],
  previous: FigureTotal[] | undefined,
): FigureComparison[] {
  return current.map((row) => ({ ...row, previous: previous?.find((p) => p.code === row.code) ?? null }));
}

/** Change in percent from last year's total; null when either year has no report to compare. */
export function changeOf(row: FigureComparison): number | null {
  const before = row.previous;
  if (!before || row.reporting === 0 || before.reporting === 0 || before.total === 0) return null;
  return Math.round(((row.total - before.total) / Math.abs(before.total)) * 1000) / 10;
}

import type { RatingGrade } from '../registry-enums.dto.ts';
import type { RatingBandSetDto } from './ratings.dto.ts';

/** The set in force for a year: the one with the greatest fromYear not after it. */
export function bandSetForYear<T extends Pick<RatingBandSetDto, 'fromYear'>>(
  sets: readonly T[],
  year: number,
): T | null {
  let best: T | null = null;
  for (const s of sets) if (s.fromYear <= year && (!best || s.fromYear > best.fromYear)) best = s;
  return best;
}

/** The grade a score earns under a band set (bands are checked highest first). */
export function gradeForScore(set: Pick<RatingBandSetDto, 'bands'>, score: number): RatingGrade | null {
  const bands = [...set.bands].sort((a, b) => b.minScore - a.minScore);
  return bands.find((b) => score >= b.minScore)?.grade ?? null;
}

/** Whole months from an ISO day to another (31/12/2024 → 31/12/2025 is 12, 01/01/2025 → 31/12/2025 is 11). */
export function wholeMonthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * Circular 01/2020: an organisation operating fewer than `minMonths` months by 31/12 of the
 * year is not rated. `since` is the founding (else registration) day; unknown → rated.
 */
export function tooYoungToRate(since: string | null, year: number, minMonths: number): boolean {
  if (!since) return false;
  return wholeMonthsBetween(since, `${year}-12-31`) < minMonths;
}

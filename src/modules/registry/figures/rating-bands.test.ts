import { describe, expect, it } from 'vitest';
import { DEFAULT_BAND_SET_ID, RATING_BAND_SETS } from './rating-bands.data.ts';
import { bandSetForYear, gradeForScore, tooYoungToRate, wholeMonthsBetween } from './rating-bands.ts';

const tt01 = RATING_BAND_SETS.find((s) => s.id === DEFAULT_BAND_SET_ID);
if (!tt01) throw new Error('default band set missing');

describe('rating bands', () => {
  it('grades by Circular 01/2020: Tốt ≥ 80, Khá 65–<80, Trung bình 50–<65, Yếu < 50', () => {
    expect(tt01.legalBasis).toContain('01/2020/TT-BKHĐT');
    expect(gradeForScore(tt01, 100)).toBe('tot');
    expect(gradeForScore(tt01, 80)).toBe('tot');
    expect(gradeForScore(tt01, 79.5)).toBe('kha');
    expect(gradeForScore(tt01, 65)).toBe('kha');
    expect(gradeForScore(tt01, 64.9)).toBe('trung_binh');
    expect(gradeForScore(tt01, 50)).toBe('trung_binh');
    expect(gradeForScore(tt01, 49.9)).toBe('yeu');
    expect(gradeForScore(tt01, 0)).toBe('yeu');
  });

  it('picks the set with the greatest fromYear not after the year', () => {
    const later = { ...tt01, id: 'later', fromYear: 2026 };
    const sets = [later, tt01];
    expect(bandSetForYear(sets, 2019)).toBeNull();
    expect(bandSetForYear(sets, 2020)?.id).toBe(DEFAULT_BAND_SET_ID);
    expect(bandSetForYear(sets, 2025)?.id).toBe(DEFAULT_BAND_SET_ID);
    expect(bandSetForYear(sets, 2026)?.id).toBe('later');
    expect(bandSetForYear(sets, 2030)?.id).toBe('later');
  });

  it('does not rate an organisation operating under 12 months by 31/12', () => {
    expect(wholeMonthsBetween('2024-12-31', '2025-12-31')).toBe(12);
    expect(wholeMonthsBetween('2025-01-01', '2025-12-31')).toBe(11);
    expect(tooYoungToRate('2024-12-31', 2025, 12)).toBe(false);
    expect(tooYoungToRate('2025-01-01', 2025, 12)).toBe(true);
    expect(tooYoungToRate('2025-06-15', 2025, 12)).toBe(true);
    // Founded after the year: certainly not operating 12 months.
    expect(tooYoungToRate('2026-03-01', 2025, 12)).toBe(true);
    expect(tooYoungToRate(null, 2025, 12)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { fromVietnamWallTime, VIETNAM_TIME_ZONE, vietnamWallTime, wallAsUtc } from './vietnam-time.ts';

describe('vietnamWallTime', () => {
  it('reads the Viet Nam clock of an instant', () => {
    expect(vietnamWallTime(new Date('2024-01-19T03:40:05.900Z'))).toEqual({
      year: 2024,
      month: 1,
      day: 19,
      hour: 10,
      minute: 40,
      second: 5,
    });
  });

  it('gives hour 0, never 24, at midnight', () => {
    expect(vietnamWallTime(new Date('2024-01-18T17:00:00Z')).hour).toBe(0);
  });

  it('reads the right clock on both sides of a clock change', () => {
    // 31/12/1959 23:00 at UTC+7 became 01/01/1960 00:00 at UTC+8.
    const before = new Date('1959-12-31T15:59:59Z');
    const after = new Date('1959-12-31T16:00:00Z');
    for (let round = 0; round < 2; round++) {
      expect(vietnamWallTime(before)).toMatchObject({ year: 1959, month: 12, day: 31, hour: 22, minute: 59 });
      expect(vietnamWallTime(after)).toMatchObject({ year: 1960, month: 1, day: 1, hour: 0, minute: 0 });
    }
  });

  it('names the zone', () => {
    expect(VIETNAM_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('fromVietnamWallTime', () => {
  it('is UTC+7 today', () => {
    const date = fromVietnamWallTime({ year: 2024, month: 1, day: 19, hour: 10, minute: 40, second: 0 }, 250);
    expect(date.toISOString()).toBe('2024-01-19T03:40:00.250Z');
  });

  it('follows the historical offsets of the zone', () => {
    const midnight = (year: number) =>
      fromVietnamWallTime({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
    expect(midnight(1970).toISOString()).toBe('1969-12-31T16:00:00.000Z');
    expect(midnight(1976).toISOString()).toBe('1975-12-31T17:00:00.000Z');
  });

  it('inverts vietnamWallTime from 1900 to 2030', () => {
    const mismatches: string[] = [];
    const step = 11 * 86_400_000 + 7 * 3_600_000 + 60_000;
    for (let instant = Date.UTC(1900, 0, 1); instant < Date.UTC(2030, 0, 1); instant += step) {
      const wall = vietnamWallTime(new Date(instant));
      const back = vietnamWallTime(fromVietnamWallTime(wall));
      if (JSON.stringify(back) !== JSON.stringify(wall)) mismatches.push(new Date(instant).toISOString());
    }
    expect(mismatches).toEqual([]);
  });
});

describe('wallAsUtc', () => {
  it('keeps years below 100 literal', () => {
    const ms = wallAsUtc({ year: 50, month: 3, day: 1, hour: 0, minute: 0, second: 0 });
    expect(new Date(ms).getUTCFullYear()).toBe(50);
  });
});

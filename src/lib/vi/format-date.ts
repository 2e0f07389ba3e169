import { normalizeSpaces, toNfc } from './normalize.ts';
import { fromVietnamWallTime, vietnamWallTime, type WallTime, wallAsUtc } from './vietnam-time.ts';

/** A Date, epoch milliseconds, or an ISO 8601 string (without offset it is Viet Nam time). */
export type DateInput = Date | string | number;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(2000, 0, 1));
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isRealWallTime(t: WallTime): boolean {
  return isRealDate(t.year, t.month, t.day) && t.hour < 24 && t.minute < 60 && t.second < 60;
}

function parseIso(text: string): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const field = (i: number) => Number(m[i] ?? 0);
  const wall: WallTime = {
    year: field(1),
    month: field(2),
    day: field(3),
    hour: field(4),
    minute: field(5),
    second: field(6),
  };
  if (!isRealWallTime(wall)) return null;
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const zone = m[8]?.toUpperCase();
  if (!zone) return fromVietnamWallTime(wall, ms);
  return new Date(wallAsUtc(wall, ms) - zoneOffsetMinutes(zone) * 60_000);
}

/** "Z", "+07", "+0700", "-03:30" → minutes east of UTC. */
function zoneOffsetMinutes(zone: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  const offset = Number(hours ?? 0) * 60 + Number(minutes ?? 0);
  return sign === '-' ? -offset : offset;
}

function toDate(input: DateInput): Date {
  const date = typeof input === 'string' ? parseIso(input) : new Date(input);
  if (!date || Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  return date;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const dateText = (t: WallTime) => `${pad2(t.day)}/${pad2(t.month)}/${String(t.year).padStart(4, '0')}`;
const timeText = (t: WallTime) => `${pad2(t.hour)}:${pad2(t.minute)}`;

/** "19/01/2024", in Viet Nam time. */
export function formatDate(input: DateInput): string {
  return dateText(vietnamWallTime(toDate(input)));
}

/** "10:40", in Viet Nam time. */
export function formatTime(input: DateInput): string {
  return timeText(vietnamWallTime(toDate(input)));
}

/** "10:40 | 19/01/2024", the dateline of news articles. */
export function formatDateTime(input: DateInput): string {
  const t = vietnamWallTime(toDate(input));
  return `${timeText(t)} | ${dateText(t)}`;
}

/**
 * "ngày 19 tháng 01 năm 2024". Decree 30/2020/NĐ-CP pads days below 10 and months 1–2 only
 * ("ngày 05 tháng 3 năm 2024"), so that nobody can turn "1" into "11" or "12".
 */
export function formatLongDate(input: DateInput): string {
  const t = vietnamWallTime(toDate(input));
  const month = t.month < 3 ? pad2(t.month) : String(t.month);
  return `ngày ${pad2(t.day)} tháng ${month} năm ${t.year}`;
}

/** "Rạch Giá, ngày 19 tháng 01 năm 2024", the place and date line of official documents. */
export function formatPlaceDate(place: string, input: DateInput): string {
  const cleanPlace = normalizeSpaces(toNfc(place));
  const longDate = formatLongDate(input);
  return cleanPlace ? `${cleanPlace}, ${longDate}` : longDate;
}

const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const LONG_DATE = /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/iu;

/**
 * "19/01/2024" (also "19/1/2024", "19-01-2024", "19.01.2024", "ngày 19 tháng 01 năm 2024") → the
 * instant 00:00 of that day in Viet Nam; null if malformed or not a real date ("31/02/2024").
 */
export function parseViDate(text: string): Date | null {
  const clean = normalizeSpaces(toNfc(text));
  const numeric = NUMERIC_DATE.exec(clean);
  const long = LONG_DATE.exec(clean);
  const [day, month, year] = numeric
    ? [numeric[1], numeric[3], numeric[4]].map(Number)
    : long
      ? [long[1], long[2], long[3]].map(Number)
      : [];
  if (day === undefined || month === undefined || year === undefined) return null;
  if (year < 1000 || !isRealDate(year, month, day)) return null;
  return fromVietnamWallTime({ year, month, day, hour: 0, minute: 0, second: 0 });
}

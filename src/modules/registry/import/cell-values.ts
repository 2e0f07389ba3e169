import { foldForSearch, normalizeSpaces, parseViNumber, toNfc } from '../../../lib/vi/index.ts';
import type { MoneyUnit } from './import.dto.ts';

/** A cell as read from the sheet: formulas are refused before this point. */
export type CellValue = string | number | boolean | Date | null;

export const MONEY_SCALE: Record<MoneyUnit, number> = {
  dong: 1,
  nghin: 1_000,
  trieu: 1_000_000,
  ty: 1_000_000_000,
};

/** The text a person sees in the cell ("1342", "12/03/2015"), for messages and the report. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return isoToVi(v.toISOString().slice(0, 10));
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export const isoToVi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function cleanText(v: CellValue): string {
  return normalizeSpaces(toNfc(cellText(v)));
}

// A unit written beside the number overrides the header's ("2,4 tỷ").
const UNIT_SUFFIXES: readonly [RegExp, MoneyUnit][] = [
  [/\s*(?:tỷ|tỉ|ty|ti)(?:\s*(?:đồng|dong|đ|vnđ|vnd))?\.?$/iu, 'ty'],
  [/\s*(?:triệu|trieu|tr)(?:\s*(?:đồng|dong|đ|vnđ|vnd))?\.?$/iu, 'trieu'],
  [/\s*(?:nghìn|ngàn|nghin|ngan)(?:\s*(?:đồng|dong|đ|vnđ|vnd))?\.?$/iu, 'nghin'],
  [/\s*(?:đồng|dong|đ|vnđ|vnd)\.?$/iu, 'dong'],
];

export type NumberReading =
  | { ok: true; value: number | null; unit: MoneyUnit | null }
  | { ok: false; message: string };

const EMPTY_MARKS = new Set(['', '-', '–', '—', 'x', '/', '...', '…']);

/**
 * A number cell or a number written the Vietnamese way: "1.342" → 1342, "2,4" → 2.4,
 * "1.342,5", "2,4 tỷ" (unit returned). Dashes and blanks mean "no value".
 */
export function readNumberCell(v: CellValue): NumberReading {
  if (v === null) return { ok: true, value: null, unit: null };
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? { ok: true, value: v, unit: null }
      : { ok: false, message: 'Số không hợp lệ' };
  }
  if (typeof v !== 'string') return { ok: false, message: 'Cần một số' };
  let text = normalizeSpaces(toNfc(v));
  if (EMPTY_MARKS.has(text.toLowerCase())) return { ok: true, value: null, unit: null };
  let unit: MoneyUnit | null = null;
  for (const [re, u] of UNIT_SUFFIXES) {
    if (re.test(text)) {
      text = text.replace(re, '').trim();
      unit = u;
      break;
    }
  }
  const value = parseViNumber(text);
  if (value === null) return { ok: false, message: 'Không đọc được số (ví dụ đúng: 1.342 hoặc 2,4)' };
  return { ok: true, value, unit };
}

export type DateReading = { ok: true; iso: string | null; note?: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const real = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in for serials after February 1900).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fromSerial(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Two-digit years: up to this year's two digits means 20xx, above it 19xx. */
function fullYear(yy: number, today: string): number {
  const current = Number(today.slice(2, 4));
  return yy <= current ? 2000 + yy : 1900 + yy;
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MY = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const LONG = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;

/**
 * A date as people keep them: Date cells, Excel serial numbers, "12/03/2015", "12/3/15",
 * "12-03-2015", "2015-03-12", "ngày 12 tháng 3 năm 2015"; a bare year or month/year is read as its
 * first day with a note. Dates after `today` are refused.
 */
export function readDateCell(v: CellValue, today: string): DateReading {
  if (v === null) return { ok: true, iso: null };
  let iso: string | null = null;
  let note: string | undefined;
  if (v instanceof Date) {
    iso = Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  } else if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) {
      iso = `${v}-01-01`;
      note = 'chỉ có năm, ghi nhận là ngày 01/01';
    } else if (v > 0 && v < 80_000) {
      iso = fromSerial(v);
    }
  } else if (typeof v === 'string') {
    const text = foldForSearch(v);
    if (EMPTY_MARKS.has(text)) return { ok: true, iso: null };
    const dmy = DMY.exec(text);
    const ymd = YMD.exec(text);
    const my = MY.exec(text);
    const long = LONG.exec(text);
    if (dmy) {
      const y = Number(dmy[3]);
      iso = isoOf(dmy[3]?.length === 2 ? fullYear(y, today) : y, Number(dmy[2]), Number(dmy[1]));
    } else if (ymd) {
      iso = isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    } else if (long) {
      iso = isoOf(Number(long[3]), Number(long[2]), Number(long[1]));
    } else if (my) {
      iso = isoOf(Number(my[2]), Number(my[1]), 1);
      note = 'chỉ có tháng/năm, ghi nhận là ngày 01';
    } else if (/^(19|20)\d{2}$/.test(text)) {
      iso = `${text}-01-01`;
      note = 'chỉ có năm, ghi nhận là ngày 01/01';
    }
  }
  if (!iso) return { ok: false, message: 'Ngày không hợp lệ (ghi theo dạng dd/mm/yyyy, ví dụ 12/03/2015)' };
  if (iso < '1900-01-01') return { ok: false, message: 'Ngày không hợp lệ (trước năm 1900)' };
  if (iso > today) return { ok: false, message: `Ngày ${isoToVi(iso)} sau ngày hôm nay` };
  return note ? { ok: true, iso, note } : { ok: true, iso };
}

/** The folded key labels and abbreviations are looked up by ("Hợp tác xã" → "hop tac xa"). */
export function labelKey(text: string): string {
  return foldForSearch(text)
    .replace(/[.,;:()/\-–_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

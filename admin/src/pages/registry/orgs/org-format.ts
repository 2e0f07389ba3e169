import dayjs from 'dayjs';

export const API_DAY = 'YYYY-MM-DD';
export const DAY_FORMAT = 'DD/MM/YYYY';

/** "2024-01-19" (a calendar day) → "19/01/2024"; empty → "—". */
export const formatDay = (day: string | null | undefined): string =>
  day ? dayjs(day).format(DAY_FORMAT) : '—';

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1342.5 → "1.342,5". */
export const formatNumber = (n: number): string => numbers.format(n);

const BILLION = 1_000_000_000;

/** Whole đồng: "850.000.000 đồng" below a billion, "12,35 tỷ đồng" from a billion up. */
export function formatMoney(n: number): string {
  if (Math.abs(n) >= BILLION) return `${twoDecimals.format(n / BILLION)} tỷ đồng`;
  return `${numbers.format(n)} đồng`;
}

/** A change in percent: "+12,5 %", "−3 %". */
export function formatChange(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${oneDecimal.format(Math.abs(percent))} %`;
}

/** A value in its indicator's unit: money reads in đồng / tỷ đồng, the rest as plain numbers. */
export function formatIndicatorValue(value: number, valueType: string, unit: string): string {
  if (valueType === 'money' && unit === 'đồng') return formatMoney(value);
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** Years offered by the year pickers: this year back to 2000 (the register's practical range). */
export function recentYears(from = 2000): number[] {
  const thisYear = new Date().getFullYear();
  return Array.from({ length: thisYear - from + 1 }, (_, i) => thisYear - i);
}

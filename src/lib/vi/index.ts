export { compareVi, sortVi } from './collate.ts';
export { foldDiacritics, foldForSearch } from './fold.ts';
export {
  type DateInput,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatPlaceDate,
  formatTime,
  parseViDate,
} from './format-date.ts';
export { type FormatMoneyOptions, formatMoney, type MoneyUnit } from './format-money.ts';
export { type FormatNumberOptions, formatNumber, formatPercent, parseViNumber } from './format-number.ts';
export { normalizeSpaces, normalizeTone, toNfc } from './normalize.ts';
export { type ReadMoneyOptions, readMoney, readNumber } from './number-words.ts';
export { slugify } from './slugify.ts';
export { fromVietnamWallTime, VIETNAM_TIME_ZONE, vietnamWallTime, type WallTime } from './vietnam-time.ts';

// Folding and normalising of Vietnamese place names. Kept local to the module: the shared
// helpers in src/lib/vi are still being written, and these must agree with the SQL
// `lower(f_unaccent(...))` columns exactly (place-name.test.ts and places.test.ts check it).

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

// Old tone placement puts the mark on the second vowel of a final open "oa/oe/uy" ("hoà",
// "khoẻ", "thuỷ"); the modern form puts it on the first ("hòa", "khỏe", "thủy"). After "q" the
// "u" is part of the consonant, so "quý" is already right.
const OLD_TONE = new RegExp(`(^|[^qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/** NFC text with the modern tone placement: "Hoà" → "Hòa", "Thuỷ" → "Thủy", "uỷ" → "ủy". */
export function modernTones(text: string): string {
  return text.normalize('NFD').replace(OLD_TONE, '$1$2$4$3').normalize('NFC');
}

/** True when the text carries any Vietnamese mark (tone, ă/â/ê/ô/ơ/ư, đ). */
export function hasDiacritics(text: string): boolean {
  return /[\p{M}đĐ]/u.test(text.normalize('NFD'));
}

/** The same folding as SQL `lower(f_unaccent(x))`: no marks, đ → d, curly quotes → ', lower case. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[‘’]/g, "'")
    .toLowerCase();
}

/**
 * Comparison key: folded, apostrophes dropped ("M'gar" = "Mgar"), other punctuation as spaces
 * ("Phan Rang-Tháp Chàm" = "Phan Rang Tháp Chàm"), numbers without leading zeros ("02" = "2").
 */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

/** Level words that start names (and the short forms people write), longest first, as keys. */
const NAME_KINDS: readonly [string, string][] = [
  ['thi tran', 'Thị trấn'],
  ['dac khu', 'Đặc khu'],
  ['thi xa', 'Thị xã'],
  ['thanh pho', 'Thành phố'],
  ['phuong', 'Phường'],
  ['huyen', 'Huyện'],
  ['quan', 'Quận'],
  ['tinh', 'Tỉnh'],
  ['xa', 'Xã'],
  ['tp', 'Thành phố'],
  ['tx', 'Thị xã'],
  ['tt', 'Thị trấn'],
];

export interface SplitName {
  /** Canonical level word ("Xã", "Thị trấn"…), null when the name has none. */
  kind: string | null;
  /** The name without its level word, as written ("Vũ Lễ"). */
  core: string;
}

/** "Xã Vũ Lễ" → { kind: 'Xã', core: 'Vũ Lễ' }; "Hưng Yên" → { kind: null, core: 'Hưng Yên' }. */
export function splitKind(name: string): SplitName {
  const words = name.trim().split(/\s+/);
  for (const [key, kind] of NAME_KINDS) {
    const n = key.split(' ').length;
    if (words.length > n && nameKey(words.slice(0, n).join(' ')) === key) {
      return { kind, core: words.slice(n).join(' ') };
    }
  }
  return { kind: null, core: name.trim() };
}

/** Key of a name without its level word: "Tỉnh Hoà Bình" → "hoa binh". */
export function coreKey(name: string): string {
  return nameKey(splitKind(name).core);
}

// Short forms people write for a few provinces, keyed by nameKey of what they wrote.
const PROVINCE_ALIASES: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'ho chi minh',
  'sai gon': 'ho chi minh',
  hn: 'ha noi',
  'thua thien hue': 'hue',
  brvt: 'ba ria vung tau',
};

/** A province key with common short forms expanded: "hcm" → "ho chi minh". */
export function provinceAlias(key: string): string {
  return PROVINCE_ALIASES[key] ?? key;
}

/** Name as written, compared with marks: lower case, NFC, modern tones. */
export function markedKey(text: string): string {
  return modernTones(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

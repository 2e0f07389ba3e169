import { fold, hasDiacritics } from './place-name.ts';

/** 'city' is "Thành phố"/"TP": a district-level city or a province-level one. */
export type PlaceLevel = 'street' | 'commune' | 'district' | 'city' | 'province';

export interface AddressPart {
  /** null when the text carries no level word ("Vũ Lễ, Kiến Xương"). */
  level: PlaceLevel | null;
  /** Canonical level word ("Xã", "Huyện", "Thành phố"…), null for streets and unlabelled parts. */
  kind: string | null;
  /** The name without its level word, as written. */
  name: string;
  /** The whole part as written (level word included). */
  text: string;
  /** The level word was read from a word without marks ("Quan Son"): it may be part of the name. */
  loose: boolean;
}

interface Keyword {
  /** Folded words ("thi tran") or an abbreviation with its dot ("tt."). */
  words: string;
  /** The word with its marks, required when the surrounding text has marks; null for abbreviations. */
  marked: string | null;
  level: PlaceLevel;
  kind: string | null;
}

const kw = (words: string, marked: string | null, level: PlaceLevel, kind: string | null): Keyword => ({
  words,
  marked,
  level,
  kind,
});

// Longest first, so "thị xã" wins over "xã" and "tổ dân phố" over "tổ".
const KEYWORDS: readonly Keyword[] = [
  kw('to dan pho', 'tổ dân phố', 'street', null),
  kw('thi tran', 'thị trấn', 'commune', 'Thị trấn'),
  kw('dac khu', 'đặc khu', 'commune', 'Đặc khu'),
  kw('thi xa', 'thị xã', 'district', 'Thị xã'),
  kw('thanh pho', 'thành phố', 'city', 'Thành phố'),
  kw('khu pho', 'khu phố', 'street', null),
  kw('xa', 'xã', 'commune', 'Xã'),
  kw('phuong', 'phường', 'commune', 'Phường'),
  kw('huyen', 'huyện', 'district', 'Huyện'),
  kw('quan', 'quận', 'district', 'Quận'),
  kw('tinh', 'tỉnh', 'province', 'Tỉnh'),
  kw('x.', null, 'commune', 'Xã'),
  kw('p.', null, 'commune', 'Phường'),
  kw('tt.', null, 'commune', 'Thị trấn'),
  kw('tt', null, 'commune', 'Thị trấn'),
  kw('h.', null, 'district', 'Huyện'),
  kw('q.', null, 'district', 'Quận'),
  kw('tx.', null, 'district', 'Thị xã'),
  kw('tx', null, 'district', 'Thị xã'),
  kw('tp.', null, 'city', 'Thành phố'),
  kw('tp', null, 'city', 'Thành phố'),
  kw('t.', null, 'province', 'Tỉnh'),
  // Street and village words that begin the part before the commune.
  ...'số đường ngõ ngách hẻm kiệt thôn xóm ấp bản buôn làng tổ khóm sóc khu cụm lô km kp'
    .split(' ')
    .map((w) => kw(fold(w), w, 'street', null)),
];

// A later level word splits a part only when it names a larger unit ("Thôn 3 Xã Vũ Lễ Huyện …").
const RANK: Record<PlaceLevel, number> = { street: 0, commune: 1, district: 2, city: 2.5, province: 3 };

const COUNTRY = new Set(['viet nam', 'vietnam', 'vn']);

/** Spaces out glued abbreviations: "TP.HCM" → "TP. HCM", "P12" → "P. 12", "X.Vũ Lễ" → "X. Vũ Lễ". */
function spaceAbbreviations(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])(tp|tx|tt|x|p|q|h|t)\.\s*/giu, '$1. ')
    .replace(/(?<![\p{L}\p{N}])([pq])(\d+)(?![\p{L}\p{N}])/giu, '$1. $2')
    .replace(/(?<![\p{L}\p{N}])tphcm(?![\p{L}\p{N}])/giu, 'TP. HCM');
}

function matchKeyword(words: readonly string[], at: number, strict: boolean): Keyword | null {
  for (const k of KEYWORDS) {
    const n = k.words.split(' ').length;
    if (at + n > words.length) continue;
    const written = words.slice(at, at + n).join(' ');
    if (fold(written) !== k.words) continue;
    // With marks elsewhere in the text, "Quan" is the name Quan, not "Quận".
    if (k.marked && strict && written.toLowerCase().normalize('NFC') !== k.marked) continue;
    return k;
  }
  return null;
}

// Stray separators at the ends of a part: "Vũ Lễ -" in "Xã Vũ Lễ - Huyện Kiến Xương".
const trimPunctuation = (s: string): string => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function part(
  level: PlaceLevel | null,
  kind: string | null,
  words: string[],
  nameFrom: number,
  loose: boolean,
): AddressPart {
  const name = trimPunctuation(words.slice(nameFrom).join(' '));
  return { level, kind, name, text: trimPunctuation(words.join(' ')), loose };
}

/** Splits one comma-separated segment at level words (commas are often missing). */
function splitSegment(segment: string): AddressPart[] {
  const words = segment.split(/\s+/).filter(Boolean);
  const strict = hasDiacritics(segment);
  const parts: AddressPart[] = [];
  let start = 0;
  let current: Keyword | null = null;
  let nameFrom = 0;
  const close = (end: number) => {
    const slice = words.slice(start, end);
    if (slice.length === 0) return;
    const loose = current?.marked != null && !hasDiacritics(slice.slice(0, nameFrom).join(' '));
    parts.push(part(current?.level ?? null, current?.kind ?? null, slice, nameFrom, loose));
  };
  for (let i = 0; i < words.length; ) {
    const k = matchKeyword(words, i, strict);
    const n = k ? k.words.split(' ').length : 1;
    const hasNameAfter = i + n < words.length;
    if (k && i === start && hasNameAfter) {
      current = k;
      nameFrom = n;
      i += n;
      continue;
    }
    const currentRank = current ? RANK[current.level] : 0;
    const hasNameBefore = i - start > nameFrom;
    if (k && k.level !== 'street' && hasNameBefore && hasNameAfter && RANK[k.level] > currentRank) {
      close(i);
      start = i;
      current = k;
      nameFrom = n;
      i += n;
      continue;
    }
    i += 1;
  }
  close(words.length);
  return parts;
}

/** Street-level text before the commune: starts with a digit ("12 Lê Lợi", "12/3 …"). */
function looksLikeStreet(p: AddressPart): boolean {
  return p.level === null && /^\d/.test(p.text);
}

/**
 * "Thành phố" names a district-level city when a province follows ("TP Vĩnh Long, Tỉnh Vĩnh
 * Long") and a province-level one after a district ("Quận 1, TP HCM"); otherwise it stays open.
 */
function settleLevel(p: AddressPart, i: number, parts: readonly AddressPart[]): AddressPart {
  if (looksLikeStreet(p)) return { ...p, level: 'street' };
  if (p.level !== 'city') return p;
  if (parts.slice(i + 1).some((q) => q.level === 'province' || q.level === 'city'))
    return { ...p, level: 'district' };
  if (parts.slice(0, i).some((q) => q.level === 'district')) return { ...p, level: 'province' };
  return p;
}

const isCountry = (segment: string): boolean =>
  COUNTRY.has(
    fold(segment)
      .replace(/[^a-z]+/g, ' ')
      .trim(),
  );

/**
 * Reads a free-text address into parts, smallest unit first as written. Pure: no database.
 * "Thôn 3, X. Vu Le H. Kien Xuong" → street "Thôn 3", commune "Vu Le", district "Kien Xuong".
 */
export function parseAddress(address: string): AddressPart[] {
  const text = spaceAbbreviations(address.normalize('NFC').replace(/[‘’]/g, "'"));
  return text
    .split(/[,;\n|]+/)
    .map((s) => s.trim().replace(/[.\s]+$/, ''))
    .filter((s) => s.length > 0 && !isCountry(s))
    .flatMap(splitSegment)
    .filter((p) => p.text.length > 0)
    .map(settleLevel);
}

export interface AddressOutline {
  commune: AddressPart | null;
  district: AddressPart | null;
  province: AddressPart | null;
}

/** The first commune, district and province parts; a city still open counts as the province. */
export function outline(parts: readonly AddressPart[]): AddressOutline {
  const first = (...levels: PlaceLevel[]) => parts.find((p) => p.level && levels.includes(p.level)) ?? null;
  return { commune: first('commune'), district: first('district'), province: first('province', 'city') };
}

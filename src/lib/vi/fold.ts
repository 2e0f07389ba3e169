import { normalizeSpaces, toNfc } from './normalize.ts';

// Ð/ð (eth) stand in for Đ/đ in text typed with legacy fonts.
const STROKED_D: Record<string, string> = { đ: 'd', Đ: 'D', ð: 'd', Ð: 'D' };
const COMBINING_MARKS = /\p{M}/gu;
// Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (where Vietnamese lives).
const LATIN_WITH_MARKS = /[\u0080-\u024f\u1e00-\u1eff]/gu;
const FOLDED = buildFoldTable();

function buildFoldTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [from, to] of [
    [0x80, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const folded = STROKED_D[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, '');
      // One char in, one char out: search highlighting maps folded offsets back to the original.
      if (folded !== ch && folded.length === 1) table.set(ch, folded);
    }
  }
  return table;
}

function foldChar(ch: string): string {
  return FOLDED.get(ch) ?? ch;
}

/**
 * Removes diacritics ("Hợp tác xã" → "Hop tac xa", "Đ" → "D"), keeping case. The result has exactly
 * the length of `toNfc(s)`, character for character; marks that NFC cannot attach to a letter are kept.
 */
export function foldDiacritics(s: string): string {
  return toNfc(s).replace(LATIN_WITH_MARKS, foldChar);
}

/** The search key: no diacritics, lower case, single spaces ("  Hòa  Bình " → "hoa binh"). */
export function foldForSearch(s: string): string {
  // Tone placement needs no normalising here: every tone mark is removed anyway.
  return normalizeSpaces(foldDiacritics(s).replace(COMBINING_MARKS, '').toLowerCase());
}

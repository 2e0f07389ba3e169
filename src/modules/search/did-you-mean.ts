import { foldForSearch } from '../../lib/vi/index.ts';

/** The words of a tenant's titles: folded word → its most frequent spelling (with diacritics). */
export type Lexicon = ReadonlyMap<string, { spelling: string; count: number; trigrams: ReadonlySet<string> }>;

// Below this, pg_trgm's own default (0.3) finds words that share little more than a letter pair.
const MIN_SIMILARITY = 0.3;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Trigrams as pg_trgm builds them for one word: padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both words. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** Builds the lexicon from (lower-cased) title words and how often each occurs. */
export function buildLexicon(words: Iterable<{ word: string; count: number }>): Lexicon {
  const byFolded = new Map<string, { spelling: string; count: number; best: number }>();
  for (const { word, count } of words) {
    for (const w of word.toLowerCase().match(WORD) ?? []) {
      const folded = foldForSearch(w);
      const entry = byFolded.get(folded);
      if (!entry) byFolded.set(folded, { spelling: w, count, best: count });
      else {
        entry.count += count;
        if (count > entry.best) Object.assign(entry, { spelling: w, best: count });
      }
    }
  }
  const lexicon = new Map<string, { spelling: string; count: number; trigrams: ReadonlySet<string> }>();
  for (const [folded, { spelling, count }] of byFolded) {
    lexicon.set(folded, { spelling, count, trigrams: trigrams(folded) });
  }
  return lexicon;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from a to b, or Infinity beyond `max`.
 * Trigrams miss short swaps ("xahn" and "xanh" share 2 of 8 trigrams): this catches them.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Number.POSITIVE_INFINITY;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  const dist = (d[a.length] as number[])[b.length] as number;
  return dist > max ? Number.POSITIVE_INFINITY : dist;
}

/** Two neighbouring letters swapped ("xahn" for "xanh"): the commonest typo trigrams miss. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && j === (i ?? 0) + 1 && a[i ?? 0] === b[j ?? 0] && a[j ?? 0] === b[i ?? 0];
}

/**
 * How alike two folded words are, 0‥1: trigram similarity, or one minus the edit share for near
 * misses. Vietnamese syllables are short and many differ by one letter ("chom", "nhom"), so short
 * words only get a swap forgiven; longer ones one edit, or two from nine letters.
 */
function likeness(
  word: string,
  wanted: ReadonlySet<string>,
  candidate: string,
  t: ReadonlySet<string>,
): number {
  const byTrigrams = similarity(wanted, t);
  const edits =
    word.length >= 6
      ? editDistance(word, candidate, word.length >= 9 ? 2 : 1)
      : isSwap(word, candidate)
        ? 1
        : Number.NaN;
  const byEdits = Number.isFinite(edits) ? 1 - edits / Math.max(word.length, candidate.length) : 0;
  return Math.max(byTrigrams, byEdits);
}

/** The closest lexicon word to an unknown folded word, or null when nothing is close enough. */
function closest(lexicon: Lexicon, word: string): string | null {
  const wanted = trigrams(word);
  let best: { spelling: string; score: number; count: number } | null = null;
  for (const [folded, { spelling, count, trigrams: t }] of lexicon) {
    const score = likeness(word, wanted, folded, t);
    if (score < MIN_SIMILARITY) continue;
    if (!best || score > best.score || (score === best.score && count > best.count)) {
      best = { spelling, score, count };
    }
  }
  return best?.spelling ?? null;
}

/**
 * Rewrites the query words (folded) with the spellings used in titles: known words get their
 * diacritics back, unknown ones become the most similar title word ("ngiep" → "nghiệp").
 * Null when no word changes (the same words would find nothing again) or when most of them
 * would: "muong te sam" → "tương tế sầu" is another query, not a correction.
 */
export function suggestSpelling(words: readonly string[], lexicon: Lexicon): string | null {
  let corrected = 0;
  const out = words.map((w) => {
    const known = lexicon.get(w);
    if (known) return known.spelling;
    const near = closest(lexicon, w);
    if (near) corrected++;
    return near ?? w;
  });
  const allowed = Math.max(1, Math.floor(words.length / 2));
  return corrected > 0 && corrected <= allowed ? out.join(' ') : null;
}

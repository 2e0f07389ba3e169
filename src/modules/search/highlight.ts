import { foldDiacritics, toNfc } from '../../lib/vi/index.ts';
import type { TextSegment } from './search.dto.ts';

export type { TextSegment };

interface Span {
  start: number;
  end: number;
  /** Index of the phrase that matched, to prefer excerpts showing several different terms. */
  phrase: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SNIPPET_LENGTH = 200;
// Context shown before the first hit of an excerpt.
const LEAD = 50;

/**
 * Lower case and no diacritics, one character for one character, so offsets found here cut the
 * original (NFC) text at the same places. Characters whose lower case is longer ("İ") stay as they are.
 */
function foldSameLength(nfc: string): string {
  const folded = foldDiacritics(nfc);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Where the phrases (arrays of folded words) occur as whole words, left to right, not overlapping. */
export function findMatches(folded: string, phrases: readonly (readonly string[])[]): Span[] {
  const tokens = [...folded.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  // Longest phrases first, so "hợp tác xã" wins over a lone "xã" at the same place.
  const order = phrases.map((p, i) => ({ p, i })).sort((a, b) => b.p.length - a.p.length);
  const spans: Span[] = [];
  for (let t = 0; t < tokens.length; ) {
    const hit = order.find(({ p }) => p.length > 0 && p.every((w, k) => tokens[t + k]?.word === w));
    if (!hit) {
      t++;
      continue;
    }
    const last = tokens[t + hit.p.length - 1];
    spans.push({ start: (tokens[t] as { start: number }).start, end: last?.end ?? 0, phrase: hit.i });
    t += hit.p.length;
  }
  return spans;
}

function segmentsOf(text: string, spans: readonly Span[], from: number, to: number): TextSegment[] {
  const out: TextSegment[] = [];
  let at = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole text with every occurrence of the phrases marked (titles). */
export function highlightAll(text: string, phrases: readonly (readonly string[])[]): TextSegment[] {
  const nfc = toNfc(text);
  return merge(segmentsOf(nfc, findMatches(foldSameLength(nfc), phrases), 0, nfc.length));
}

/** Moves an offset back to the start of the word it falls in. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[i - 1] as string)) i--;
  return i;
}

/** The excerpt start that shows the most different phrases within SNIPPET_LENGTH characters. */
function bestWindowStart(spans: readonly Span[]): number {
  let best = { start: 0, score: -1 };
  for (const s of spans.slice(0, 50)) {
    const start = Math.max(0, s.start - LEAD);
    const inside = spans.filter((o) => o.start >= start && o.end <= start + SNIPPET_LENGTH);
    const score = new Set(inside.map((o) => o.phrase)).size;
    if (score > best.score) best = { start, score };
  }
  return best.start;
}

/**
 * About SNIPPET_LENGTH characters of `text` around its best matches, cut at word boundaries, with
 * "…" where text was left out; the start of the text when nothing matches.
 */
export function excerpt(text: string, phrases: readonly (readonly string[])[]): TextSegment[] {
  const nfc = toNfc(text);
  if (nfc.length <= SNIPPET_LENGTH) return highlightAll(nfc, phrases);
  const spans = findMatches(foldSameLength(nfc), phrases);
  let start = wordStart(nfc, spans.length > 0 ? bestWindowStart(spans) : 0);
  let end = Math.min(nfc.length, start + SNIPPET_LENGTH);
  if (end < nfc.length) {
    const cut = wordStart(nfc, end);
    // A single 200-character "word" (a URL) is cut where it is.
    if (cut > start) end = cut;
  }
  // Trailing spaces and punctuation before the ellipsis look untidy.
  while (end > start && /[\s,;:]/u.test(nfc[end - 1] as string)) end--;
  while (start < end && /\s/u.test(nfc[start] as string)) start++;
  const segments = segmentsOf(nfc, spans, start, end);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < nfc.length) segments.push({ text: '…', hit: false });
  return merge(segments);
}

/**
 * Joins neighbouring plain segments ("…" + text), and hits separated only by spaces: "Hòa Bình"
 * reads better as one mark than as two.
 */
function merge(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as TextSegment;
    const last = out.at(-1);
    const next = segments[i + 1];
    if (last?.hit && !s.hit && next?.hit && /^ +$/.test(s.text)) {
      last.text += s.text + next.text;
      i++;
    } else if (last && last.hit === s.hit && !s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** True when some segment is a hit. */
export function hasHit(segments: readonly TextSegment[]): boolean {
  return segments.some((s) => s.hit);
}

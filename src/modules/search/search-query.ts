import { foldForSearch, normalizeSpaces, normalizeTone } from '../../lib/vi/index.ts';

/** Longer queries are cut: nobody types more, and tsquery work grows with every term. */
export const MAX_QUERY_LENGTH = 200;

/** What a raw query means for matching and highlighting. */
export interface ParsedQuery {
  /** NFC, one tone placement, single spaces, at most MAX_QUERY_LENGTH: what goes to websearch_to_tsquery. */
  text: string;
  /**
   * `text` without word order: quotes dropped, excluded phrases left out. It matches everything
   * `text` matches, and the GIN index answers it without reading vectors. Equal to `text` when the
   * query has no quoted phrase of two words or more.
   */
  relaxedText: string;
  /** Positive terms, folded (no diacritics, lower case): a phrase is several words, a plain term one. */
  phrases: string[][];
  /** Terms after "-": excluded by the database, never highlighted. */
  excluded: string[][];
  /** Nothing worth looking up: empty, one character, or only excluded terms and punctuation. */
  tooShort: boolean;
}

// Letters (with combining marks) and digits make words, as in PostgreSQL's default parser.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// NUL cannot travel to PostgreSQL (error 22021); other controls and lone surrogates are noise.
const UNWANTED = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
// websearch_to_tsquery syntax: "quoted phrases", -excluded, and the rest. A quote left open runs to the end.
const TOKEN = /(^|\s)(-?)"([^"]*)(?:"|$)|(^|\s)(-)([^\s"]+)|([^\s"]+)/gu;

/** Cuts at MAX_QUERY_LENGTH, before a word the cut would split (and never inside a surrogate pair). */
function cap(s: string): string {
  if (s.length <= MAX_QUERY_LENGTH) return s;
  const cut = s.slice(0, MAX_QUERY_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  if (/[\p{L}\p{M}\p{N}]/u.test(s[MAX_QUERY_LENGTH] as string) && lastSpace > 0)
    return cut.slice(0, lastSpace);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The query as stored text is stored: NFC, canonical tone placement, clean spaces, capped. */
export function normalizeQuery(raw: string): string {
  // A generous first cut keeps normalisation cheap on a 10,000-character query.
  const head = raw.slice(0, MAX_QUERY_LENGTH * 4).replace(UNWANTED, ' ');
  return cap(normalizeSpaces(normalizeTone(head))).trim();
}

function words(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

/** Reads the query the way websearch_to_tsquery does, to know what to highlight and what to refuse. */
export function parseQuery(raw: string): ParsedQuery {
  const text = normalizeQuery(raw);
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  let quotedPhrase = false;
  for (const m of text.matchAll(TOKEN)) {
    const quoted = m[3];
    const negated = quoted !== undefined ? m[2] === '-' : m[5] === '-';
    const ws = words(quoted ?? m[6] ?? m[7] ?? '');
    if (quoted !== undefined && ws.length > 1) quotedPhrase = true;
    // "or" between terms is websearch's OR operator: both sides are positive terms anyway.
    if (ws.length === 0 || (quoted === undefined && !negated && ws.length === 1 && ws[0] === 'or')) continue;
    if (negated) excluded.push(ws);
    // Outside quotes "hợp-tác" is still two adjacent words for highlighting.
    else phrases.push(ws);
  }
  const letters = phrases.flat().join('').length;
  const relaxedText = quotedPhrase ? relax(text) : text;
  return { text, relaxedText, phrases, excluded, tooShort: letters < 2 };
}

const EXCLUDED_PHRASE = /(^|\s)-"[^"]*("|$)/gu;

/** Drops excluded phrases (keeping them could only exclude more) and turns quotes into spaces. */
function relax(text: string): string {
  return normalizeSpaces(text.replace(EXCLUDED_PHRASE, ' ').replaceAll('"', ' '));
}

/** The positive words of a query, each once, in order: what "did you mean" corrects. */
export function queryWords(q: ParsedQuery): string[] {
  return [...new Set(q.phrases.flat())];
}

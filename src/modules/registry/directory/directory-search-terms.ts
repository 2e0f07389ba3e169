import { foldForSearch } from '../../../lib/vi/index.ts';

/**
 * Abbreviations people write for the kinds of organisation, with the words they stand for
 * (folded): "HTX Đồng Tâm" and "Hợp tác xã Đồng Tâm" are the same search.
 */
const ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['lhhtx', 'lien hiep hop tac xa'],
  ['qtdnd', 'quy tin dung nhan dan'],
  ['htx', 'hop tac xa'],
  ['tht', 'to hop tac'],
];

const MAX_TERMS = 10;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Splits a reader's search into terms, each a list of folded alternatives of which one must
 * appear: "hop tac xa dong tam" → [["hop tac xa", "htx"], ["dong"], ["tam"]].
 */
export function directorySearchTerms(q: string | undefined): string[][] {
  const words = foldForSearch(q ?? '')
    .split(' ')
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
  const terms: string[][] = [];
  let i = 0;
  while (i < words.length && terms.length < MAX_TERMS) {
    const matched = ABBREVIATIONS.find(([abbr, phrase]) => {
      const parts = phrase.split(' ');
      return words[i] === abbr || parts.every((p, k) => words[i + k] === p);
    });
    if (matched) {
      const [abbr, phrase] = matched;
      terms.push([phrase, abbr]);
      i += words[i] === abbr ? 1 : phrase.split(' ').length;
    } else {
      terms.push([words[i] as string]);
      i++;
    }
  }
  return terms;
}

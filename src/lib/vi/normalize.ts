/** Unicode NFC: the one form stored and compared (input may arrive decomposed, e.g. from macOS). */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/** Collapses every run of whitespace (incl. NBSP and line breaks) to one space and trims. */
export function normalizeSpaces(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const SHAPE_MARK = /[\u0302\u0306\u031b]/u;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const CONSONANTS = new Set([...'bcdđghklmnpqrstvxfjwz']);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const LETTER_RUN = /[\p{L}\p{M}]+/gu;

interface Letter {
  base: string;
  marks: string;
}

function isVowel(letter: Letter): boolean {
  return VOWELS.has(letter.base.toLowerCase());
}

/** A vowel carrying a breve, circumflex or horn (ă â ê ô ơ ư) is the syllable's main vowel. */
function isShapedVowel(letter: Letter): boolean {
  return isVowel(letter) && SHAPE_MARK.test(letter.marks);
}

function splitLetters(nfdWord: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const ch of nfdWord) {
    if (/\p{M}/u.test(ch)) {
      const last = letters.at(-1);
      if (!last) return null;
      last.marks += ch;
    } else {
      letters.push({ base: ch, marks: '' });
    }
  }
  return letters;
}

/** Index of the first vowel letter, after the "qu" and "gi" onsets whose u/i are not vowels. */
function nucleusStart(letters: Letter[]): number {
  let i = 0;
  while (i < letters.length && !isVowel(letters[i] as Letter)) i++;
  const onset = letters
    .slice(0, i)
    .map((l) => l.base.toLowerCase())
    .join('');
  const next = letters[i];
  const afterNext = letters[i + 1];
  const glideFollowedByVowel = next && next.marks === '' && afterNext && isVowel(afterNext);
  if (glideFollowedByVowel && onset === 'q' && next.base.toLowerCase() === 'u') return i + 1;
  if (glideFollowedByVowel && onset === 'g' && next.base.toLowerCase() === 'i') return i + 1;
  return i;
}

/**
 * Where the tone goes, in the classic placement (hòa, thủy, khỏe, ủy): the shaped vowel if any,
 * else the single vowel, else the last vowel before a final consonant, else the middle of three
 * vowels or the first of two.
 */
function tonePosition(nucleus: Letter[], hasFinal: boolean): number {
  const lastShaped = nucleus.findLastIndex(isShapedVowel);
  if (lastShaped >= 0) return lastShaped;
  if (nucleus.length === 1 || hasFinal) return nucleus.length - 1;
  return nucleus.length === 3 ? 1 : 0;
}

function placeToneInSyllable(nfdWord: string): string {
  const letters = splitLetters(nfdWord);
  const toned = letters?.filter((l) => TONE_MARK.test(l.marks)) ?? [];
  const tonedLetter = toned[0];
  if (!letters || toned.length !== 1 || !tonedLetter || !isVowel(tonedLetter)) return nfdWord;
  const tone = tonedLetter.marks.match(TONE_MARK)?.[0] ?? '';
  // The tone is lifted first so that a misplaced one ("gìa", "qúa") does not hide the onset.
  tonedLetter.marks = tonedLetter.marks.replace(TONE_MARK, '');

  const start = nucleusStart(letters);
  let end = start;
  while (end < letters.length && isVowel(letters[end] as Letter)) end++;
  const nucleus = letters.slice(start, end);
  const coda = letters
    .slice(end)
    .map((l) => l.base.toLowerCase())
    .join('');
  const onsetIsLatin = letters
    .slice(0, start)
    .every((l) => CONSONANTS.has(l.base.toLowerCase()) || isVowel(l));
  // Words that are not a single Vietnamese syllable (foreign names, glued words) are left alone.
  if (nucleus.length === 0 || nucleus.length > 3 || !FINALS.has(coda) || !onsetIsLatin) return nfdWord;

  const target = nucleus[tonePosition(nucleus, coda !== '')] as Letter;
  target.marks += tone;
  return letters.map((l) => l.base + l.marks).join('');
}

/**
 * NFC plus one canonical tone placement, so that "hoà" ≡ "hòa", "thuỷ" ≡ "thủy", "khoẻ" ≡ "khỏe".
 * Misplaced tones ("tóan", "qúa") are corrected too. Idempotent.
 */
export function normalizeTone(s: string): string {
  return s.normalize('NFD').replace(LETTER_RUN, placeToneInSyllable).normalize('NFC');
}

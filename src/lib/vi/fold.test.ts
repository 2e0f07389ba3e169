import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldForSearch } from './fold.ts';
import { toNfc } from './normalize.ts';
import { sampleArticle, sampleArticles } from './sample-articles.fixture.ts';

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS: Array<[string, string]> = [
  ['a', 'a'],
  ['ă', 'a'],
  ['â', 'a'],
  ['e', 'e'],
  ['ê', 'e'],
  ['i', 'i'],
  ['o', 'o'],
  ['ô', 'o'],
  ['ơ', 'o'],
  ['u', 'u'],
  ['ư', 'u'],
  ['y', 'y'],
];

describe('foldDiacritics', () => {
  it('removes Vietnamese diacritics and keeps case', () => {
    expect(foldDiacritics('Hợp tác xã Nông nghiệp Đồng Tâm')).toBe('Hop tac xa Nong nghiep Dong Tam');
    expect(foldDiacritics('LIÊN MINH HỢP TÁC XÃ TỈNH KIÊN GIANG')).toBe(
      'LIEN MINH HOP TAC XA TINH KIEN GIANG',
    );
    expect(foldDiacritics('đ Đ')).toBe('d D');
  });

  it('folds each of the 134 toned vowels, in both cases', () => {
    for (const [vowel, ascii] of VOWELS) {
      for (const tone of TONES) {
        const lower = toNfc(vowel + tone);
        expect(lower).toHaveLength(1);
        expect(foldDiacritics(lower)).toBe(ascii);
        expect(foldDiacritics(lower.toUpperCase())).toBe(ascii.toUpperCase());
      }
    }
  });

  it('folds the eth that legacy fonts use for Đ', () => {
    expect(foldDiacritics('Ðồng Tháp ðường')).toBe('Dong Thap duong');
  });

  it('folds other Latin diacritics too', () => {
    expect(foldDiacritics('Café Ñandú Über')).toBe('Cafe Nandu Uber');
  });

  it('returns the NFC length for decomposed input', () => {
    const decomposed = 'Hợp tác xã Đồng Tâm'.normalize('NFD');
    expect(foldDiacritics(decomposed)).toBe('Hop tac xa Dong Tam');
    expect(foldDiacritics(decomposed)).toHaveLength(toNfc(decomposed).length);
  });

  it('keeps a mark NFC cannot attach, so offsets still line up', () => {
    expect(foldDiacritics('x\u0300y')).toBe('x\u0300y');
  });

  it('leaves ASCII, other scripts and emoji alone', () => {
    expect(foldDiacritics('HTX 12/14 (100%)')).toBe('HTX 12/14 (100%)');
    expect(foldDiacritics('東京 Ελλάδα 🌾')).toBe('東京 Ελλάδα 🌾');
    expect(foldDiacritics('')).toBe('');
  });

  describe.each(sampleArticles)('on the sample article $name', ({ text }) => {
    const folded = foldDiacritics(text);

    it('keeps the length, character for character', () => {
      expect(folded.length).toBe(toNfc(text).length);
      expect(foldDiacritics(text.normalize('NFD')).length).toBe(toNfc(text).length);
    });

    it('leaves no Vietnamese letter behind', () => {
      expect(folded).not.toMatch(/[\u00c0-\u024f\u1e00-\u1eff]/u);
    });

    it('folds every accented letter of the article to one ASCII letter', () => {
      const letters = new Set(text.match(/[^\p{ASCII}]/gu)?.filter((ch) => /\p{L}/u.test(ch)));
      expect(letters.size).toBeGreaterThan(40);
      for (const letter of letters) expect(foldDiacritics(letter)).toMatch(/^[A-Za-z]$/);
    });
  });

  it('maps a match in the folded text back to the same offsets in the original', () => {
    const text = sampleArticle('thai-binh-2019-6-thang.txt');
    const at = foldDiacritics(text).indexOf('HTX nong duoc Thai An');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at, at + 'HTX nong duoc Thai An'.length)).toBe('HTX nông dược Thái An');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Hợp tác xã', 'hop tac xa'],
    ['  HỢP\u00a0 TÁC   XÃ ', 'hop tac xa'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Tỉnh uỷ', 'tinh uy'],
    ['x\u0300', 'x'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('matches what users type without diacritics', () => {
    const text = foldForSearch(sampleArticle('hoa-binh-2023-so-ket.txt'));
    expect(text).toContain('lien minh hop tac xa tinh hoa binh');
    expect(text).toContain('tinh uy');
  });

  it('gives decomposed and composed input the same key', () => {
    expect(foldForSearch('Nguyễn Văn Thịnh'.normalize('NFD'))).toBe('nguyen van thinh');
  });
});

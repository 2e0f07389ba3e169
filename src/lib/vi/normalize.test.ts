import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './fold.ts';
import { normalizeSpaces, normalizeTone, toNfc } from './normalize.ts';
import { sampleArticle, sampleArticles } from './sample-articles.fixture.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('toNfc', () => {
  it('composes decomposed input', () => {
    const decomposed = nfd('Hợp tác xã Đồng Tâm');
    expect(decomposed).not.toBe('Hợp tác xã Đồng Tâm');
    expect(toNfc(decomposed)).toBe('Hợp tác xã Đồng Tâm');
  });

  it('composes a tone typed before the vowel shape mark', () => {
    expect(toNfc('Nguye\u0323\u0302n')).toBe('Nguyện');
    expect(toNfc('Nguye\u0302\u0323n')).toBe('Nguyện');
  });

  it('leaves NFC text and the empty string as they are', () => {
    expect(toNfc('Hòa Bình')).toBe('Hòa Bình');
    expect(toNfc('')).toBe('');
  });
});

describe('normalizeSpaces', () => {
  it.each([
    ['  Hợp   tác\txã \n', 'Hợp tác xã'],
    ['Hợp\u00a0tác\u00a0\u00a0xã', 'Hợp tác xã'],
    ['Rạch\u202fGiá\u3000\u2003Kiên Giang', 'Rạch Giá Kiên Giang'],
    ['a\r\n\r\nb', 'a b'],
    ['', ''],
    [' \u00a0\t\n', ''],
    ['HTX', 'HTX'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSpaces(input)).toBe(expected);
  });
});

describe('normalizeTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoá', 'Hóa'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['hoạ', 'họa'],
    ['thuỷ', 'thủy'],
    ['Thuý', 'Thúy'],
    ['khoẻ', 'khỏe'],
    ['xoè', 'xòe'],
    ['uỷ', 'ủy'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['tích luỹ', 'tích lũy'],
    ['oà', 'òa'],
  ])('moves the tone of %j to the first vowel of oa/oe/uy: %j', (input, expected) => {
    expect(normalizeTone(input)).toBe(expected);
  });

  it.each([
    'hòa',
    'thủy',
    'khỏe',
    'ủy',
    'quý',
    'Quý',
    'QUÝ',
    'quả',
    'quyết',
    'quốc',
    'giá',
    'già',
    'giữa',
    'giúp',
    'giếng',
    'gì',
    'gìn',
    'hoàng',
    'hoạch',
    'toán',
    'tuyến',
    'khuyến',
    'khuỷu',
    'ngoài',
    'xoáy',
    'huỳnh',
    'suýt',
    'người',
    'rượu',
    'thuở',
    'mùa',
    'của',
    'mía',
    'Nguyễn',
    'Đắk Lắk',
    'Krông Pắc',
    'HĐND',
    'café',
  ])('leaves %j unchanged', (word) => {
    expect(normalizeTone(word)).toBe(word);
  });

  it.each([
    ['qúa', 'quá'],
    ['qủy', 'quỷ'],
    ['gìa', 'già'],
    ['tóan', 'toán'],
    ['hòan', 'hoàn'],
    ['ngòai', 'ngoài'],
  ])('corrects the misplaced tone of %j to %j', (input, expected) => {
    expect(normalizeTone(input)).toBe(expected);
  });

  it('makes both placements compare equal', () => {
    expect(normalizeTone('Hoà Bình')).toBe(normalizeTone('Hòa Bình'));
    expect(normalizeTone('Thuỷ lợi')).toBe(normalizeTone('Thủy lợi'));
    expect(normalizeTone('sức khoẻ')).toBe(normalizeTone('sức khỏe'));
    expect(normalizeTone('Uỷ ban')).toBe(normalizeTone('Ủy ban'));
  });

  it('accepts decomposed input and returns NFC', () => {
    expect(normalizeTone(nfd('Hoà Bình, Tỉnh uỷ'))).toBe('Hòa Bình, Tỉnh ủy');
    expect(normalizeTone('ho\u0300a')).toBe('hòa');
    expect(normalizeTone('hoa\u0300')).toBe('hòa');
  });

  it('keeps punctuation, digits and other scripts', () => {
    expect(normalizeTone('(10:40 | 19/01/2024) "Hoà" – 100%…')).toBe('(10:40 | 19/01/2024) "Hòa" – 100%…');
    expect(normalizeTone('東京 Ελλάδα')).toBe('東京 Ελλάδα');
    expect(normalizeTone('')).toBe('');
  });

  describe.each(sampleArticles)('on the sample article $name', ({ text }) => {
    const normalized = normalizeTone(text);

    it('is idempotent', () => {
      expect(normalizeTone(normalized)).toBe(normalized);
    });

    it('gives the same result for decomposed input', () => {
      expect(normalizeTone(nfd(text))).toBe(normalized);
    });

    it('only moves tones: letters, length and everything else stay', () => {
      expect(normalized.length).toBe(text.length);
      expect(foldDiacritics(normalized)).toBe(foldDiacritics(text));
    });

    it('changes only oa/oe/uy syllables', () => {
      const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
      const changed = words.filter((w) => normalizeTone(w) !== w);
      for (const word of changed) expect(foldDiacritics(word)).toMatch(/(oa|oe|uy)$/i);
    });
  });

  it('unifies the two spellings the sample articles mix', () => {
    const text = sampleArticle('kien-giang-2024-tong-ket.txt');
    expect(text).toContain('Tỉnh uỷ');
    expect(text).toContain('Tỉnh ủy');
    expect(text).toContain('hàng hoá');
    expect(text).toContain('hàng hóa');
    const normalized = normalizeTone(text);
    expect(normalized).not.toContain('Tỉnh uỷ');
    expect(normalized).not.toContain('hàng hoá');
    const count = (s: string, word: string) => s.split(word).length - 1;
    expect(count(normalized, 'Tỉnh ủy')).toBe(count(text, 'Tỉnh uỷ') + count(text, 'Tỉnh ủy'));
  });
});

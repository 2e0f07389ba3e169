import { describe, expect, it } from 'vitest';
import { buildLexicon, editDistance, similarity, suggestSpelling, trigrams } from './did-you-mean.ts';

const lexicon = buildLexicon(
  [
    'Hợp tác xã nông nghiệp Tân Tiến mở rộng sản xuất',
    'Hội nghị tổng kết hợp tác xã nông nghiệp năm 2024',
    'Họp mặt đầu xuân',
    'Liên minh Hợp tác xã tỉnh Đồng Tháp',
  ].map((word) => ({ word, count: 1 })),
);

describe('trigram similarity (as pg_trgm)', () => {
  it('pads words like pg_trgm', () => {
    expect([...trigrams('cat')]).toEqual(['  c', ' ca', 'cat', 'at ']);
  });

  it('matches pg_trgm similarity("nghiep", "ngiep")', () => {
    // SELECT similarity('nghiep', 'ngiep') → 0.4444444 (4 shared of 9 distinct trigrams)
    expect(similarity(trigrams('nghiep'), trigrams('ngiep'))).toBeCloseTo(4 / 9, 6);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and gives up beyond the limit', () => {
    expect(editDistance('xahn', 'xanh', 1)).toBe(1);
    expect(editDistance('ngiep', 'nghiep', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 2)).toBe(Number.POSITIVE_INFINITY);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
  });
});

describe('suggestSpelling', () => {
  it('catches swapped letters that trigrams miss', () => {
    const fruit = buildLexicon([{ word: 'Bưởi da xanh Bến Tre', count: 3 }]);
    expect(suggestSpelling(['buoi', 'da', 'xahn'], fruit)).toBe('bưởi da xanh');
  });

  it('corrects a typo and gives every word back its diacritics', () => {
    expect(suggestSpelling(['hop', 'tac', 'xa', 'nong', 'ngiep'], lexicon)).toBe('hợp tác xã nông nghiệp');
  });

  it('picks the most frequent spelling of a folded word', () => {
    // "hop" is "hợp" three times and "họp" once.
    expect(suggestSpelling(['hop', 'tac', 'dong', 'thapp'], lexicon)).toBe('hợp tác đồng tháp');
  });

  it('does not take one different letter of a short word for a typo', () => {
    const words = buildLexicon([{ word: 'Tổ nhóm sản xuất', count: 1 }]);
    expect(suggestSpelling(['chom'], words)).toBeNull();
  });

  it('does not rewrite most of the query', () => {
    expect(suggestSpelling(['hopp', 'tacc', 'xaa'], lexicon)).toBeNull();
    expect(suggestSpelling(['hop', 'tacc', 'xaa', 'nong'], lexicon)).toBe('hợp tác xã nông');
  });

  it('suggests nothing when no word changes or nothing is close', () => {
    expect(suggestSpelling(['hop', 'tac', 'xa'], lexicon)).toBeNull();
    expect(suggestSpelling(['qwxz'], lexicon)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, parseQuery, queryWords } from './search-query.ts';

describe('normalizeQuery', () => {
  it('gives NFC, one tone placement and single spaces', () => {
    expect(normalizeQuery('  Hoà   Bình\n thuỷ lợi ')).toBe('Hòa Bình thủy lợi');
    expect(normalizeQuery('Hợp tác xã'.normalize('NFD'))).toBe('Hợp tác xã');
  });

  it('caps the length without splitting a surrogate pair', () => {
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    const capped = normalizeQuery(emoji);
    expect(capped).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('drops NUL and other control characters PostgreSQL would refuse', () => {
    expect(normalizeQuery('hợp\u0000tác\u0007xã\u200b')).toBe('hợp tác xã');
  });
});

describe('parseQuery', () => {
  it('folds terms and keeps quoted phrases together', () => {
    const q = parseQuery('"Hợp tác xã" Đồng Tháp');
    expect(q.phrases).toEqual([['hop', 'tac', 'xa'], ['dong'], ['thap']]);
    expect(q.excluded).toEqual([]);
    expect(q.tooShort).toBe(false);
  });

  it('reads -word and -"phrase" as excluded, and "or" as an operator', () => {
    const q = parseQuery('hợp tác -"Hà Nội" -họp or liên minh');
    expect(q.phrases).toEqual([['hop'], ['tac'], ['lien'], ['minh']]);
    expect(q.excluded).toEqual([['ha', 'noi'], ['hop']]);
  });

  it('keeps a hyphenated word as adjacent words, not an exclusion', () => {
    expect(parseQuery('NĐ-CP').phrases).toEqual([['nd', 'cp']]);
  });

  it('relaxes quoted phrases for the index and leaves other queries as they are', () => {
    expect(parseQuery('"hợp tác xã" -"Hà Nội" xoài').relaxedText).toBe('hợp tác xã xoài');
    expect(parseQuery('hợp tác xã -họp').relaxedText).toBe('hợp tác xã -họp');
    // One quoted word is no phrase: nothing to relax.
    expect(parseQuery('"hợp"').relaxedText).toBe('"hợp"');
    expect(parseQuery('"hợp tác').relaxedText).toBe('hợp tác');
  });

  it('calls empty, one-letter, punctuation-only and exclusion-only queries too short', () => {
    for (const q of [
      '',
      '   ',
      'a',
      'đ',
      '!!!',
      '(((',
      "'",
      '\\',
      '😀',
      '-',
      '""',
      'a:*',
      '-hợp',
      '-"hợp tác"',
    ]) {
      expect(parseQuery(q).tooShort, q).toBe(true);
    }
    for (const q of ['xã', 'ab', '12', 'a b']) expect(parseQuery(q).tooShort, q).toBe(false);
  });

  it('survives tsquery operators and a 10,000-character query', () => {
    expect(parseQuery('hợp & tác | !xã : * ( )').phrases).toEqual([['hop'], ['tac'], ['xa']]);
    const long = parseQuery('hợp tác xã '.repeat(1000));
    expect(long.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(queryWords(long)).toEqual(['hop', 'tac', 'xa']);
  });
});

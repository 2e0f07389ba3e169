import { describe, expect, it } from 'vitest';
import { compareVi, sortVi } from './collate.ts';
import { sampleArticles } from './sample-articles.fixture.ts';

const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');

/** The first letter with its tone removed but its shape kept (ấ → â, Đ → đ). */
function baseLetter(word: string): string {
  const first = word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')[0];
  return (first ?? '').toLowerCase();
}

describe('compareVi', () => {
  it('puts đ after d, ă and â after a', () => {
    expect(compareVi('Dung', 'Đà Nẵng')).toBeLessThan(0);
    expect(compareVi('Đà Nẵng', 'Dung')).toBeGreaterThan(0);
    expect(compareVi('An', 'Ăn')).toBeLessThan(0);
    expect(compareVi('Ăn', 'Ân')).toBeLessThan(0);
    expect(compareVi('Ân', 'Bình')).toBeLessThan(0);
    expect(compareVi('Đồng Tháp', 'Em')).toBeLessThan(0);
  });

  it('orders the whole alphabet', () => {
    expect(sortVi([...ALPHABET].reverse())).toEqual(ALPHABET);
  });

  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortVi(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
  });

  it('weighs letters before tones', () => {
    expect(sortVi(['mác', 'mà', 'mac'])).toEqual(['mà', 'mac', 'mác']);
  });

  it('compares numbers by value', () => {
    expect(sortVi(['Tổ 10', 'Tổ 2', 'Tổ 1'])).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
  });

  it('is 0 only for the same text, composed or not', () => {
    expect(compareVi('Đà Nẵng', 'Đà Nẵng')).toBe(0);
    expect(compareVi('Đà Nẵng'.normalize('NFD'), 'Đà Nẵng')).toBe(0);
    expect(compareVi('Hoà', 'Hòa')).not.toBe(0);
  });

  it('sorts both tone placements by the tone they carry', () => {
    // Raw collation would give Hoà, Hoả, Hòa, Hỏa: the huyền and hỏi spellings interleaved.
    expect(sortVi(['Hỏa Lò', 'Hoả Lò', 'Hòa Lò', 'Hoà Lò'])).toEqual([
      'Hoà Lò',
      'Hòa Lò',
      'Hoả Lò',
      'Hỏa Lò',
    ]);
    // Letters still come first: "Hòa An" < "Hoà Bình" < "Hỏa Lò" < "Hoa Lư".
    expect(sortVi(['Hoa Lư', 'Hỏa Lò', 'Hoà Bình', 'Hòa An'])).toEqual([
      'Hòa An',
      'Hoà Bình',
      'Hỏa Lò',
      'Hoa Lư',
    ]);
  });

  it('can be given to Array.prototype.sort', () => {
    expect(['Ân', 'Đà Nẵng', 'An', 'Dung', 'Ăn'].sort(compareVi)).toEqual([
      'An',
      'Ăn',
      'Ân',
      'Dung',
      'Đà Nẵng',
    ]);
  });
});

describe('sortVi', () => {
  const orgs = [
    { id: 1, name: 'HTX Đồng Tâm' },
    { id: 2, name: 'HTX Dương Xá' },
    { id: 3, name: 'HTX Ân Thi' },
    { id: 4, name: 'HTX An Bình' },
  ];

  it('sorts objects by a property name', () => {
    expect(sortVi(orgs, 'name').map((o) => o.id)).toEqual([4, 3, 2, 1]);
  });

  it('sorts objects by a key function', () => {
    expect(sortVi(orgs, (o) => o.name.replace('HTX ', '')).map((o) => o.id)).toEqual([4, 3, 2, 1]);
  });

  it('returns a copy and leaves the input untouched', () => {
    const input = ['Đà Nẵng', 'Dung'];
    const sorted = sortVi(input);
    expect(sorted).toEqual(['Dung', 'Đà Nẵng']);
    expect(input).toEqual(['Đà Nẵng', 'Dung']);
  });

  it('keeps the input order of equal keys', () => {
    const same = [
      { id: 'first', name: 'Kiên Giang' },
      { id: 'second', name: 'Kiên Giang' },
      { id: 'third', name: 'Hà Nội' },
    ];
    expect(sortVi(same, 'name').map((o) => o.id)).toEqual(['third', 'first', 'second']);
  });

  it('handles empty and single-item lists', () => {
    expect(sortVi([])).toEqual([]);
    expect(sortVi(['Đ'])).toEqual(['Đ']);
  });

  it('orders the words of the sample articles by the Vietnamese alphabet', () => {
    const words = new Set(sampleArticles.flatMap(({ text }) => text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []));
    const sorted = sortVi([...words]);
    const ranks = sorted.map((w) => ALPHABET.indexOf(baseLetter(w)));
    expect(ranks).not.toContain(-1);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] as number);
    expect(sorted.indexOf('Đảng')).toBeGreaterThan(sorted.indexOf('Dương'));
    expect(sorted.indexOf('Ủy')).toBeLessThan(sorted.indexOf('Việt'));
  });
});

import { describe, expect, it } from 'vitest';
import { parseViNumber } from './format-number.ts';
import { readMoney, readNumber } from './number-words.ts';
import { sampleArticle } from './sample-articles.fixture.ts';

describe('readNumber', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1100, 'một nghìn một trăm'],
    [1342, 'một nghìn ba trăm bốn mươi hai'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [100_000, 'một trăm nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_050_000, 'một triệu không trăm năm mươi nghìn'],
    [2_400_000_000, 'hai tỷ bốn trăm triệu'],
    [2_000_000_005, 'hai tỷ không trăm linh năm'],
    [2_000_001_000, 'hai tỷ không trăm linh một nghìn'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
    [1_500_000_000_000, 'một nghìn năm trăm tỷ'],
    [
      999_999_999_999_999,
      'chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu ' +
        'chín trăm chín mươi chín nghìn chín trăm chín mươi chín',
    ],
    [-3, 'âm ba'],
    [-1005, 'âm một nghìn không trăm linh năm'],
  ])('%s → %j', (n, expected) => {
    expect(readNumber(n)).toBe(expected);
  });

  it('reads bigints, with "tỷ tỷ" for 10^18', () => {
    expect(readNumber(2_400_000_000n)).toBe('hai tỷ bốn trăm triệu');
    expect(readNumber(10n ** 18n)).toBe('một tỷ tỷ');
    expect(readNumber(10n ** 18n + 5n * 10n ** 9n)).toBe('một tỷ tỷ không trăm linh năm tỷ');
    expect(readNumber(-(10n ** 18n))).toBe('âm một tỷ tỷ');
  });

  it('reads -0 as zero', () => {
    expect(readNumber(-0)).toBe('không');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %s', (n) => {
    expect(() => readNumber(n)).toThrow(RangeError);
  });
});

describe('readMoney', () => {
  it('writes the "Bằng chữ" line of official documents', () => {
    expect(readMoney(2_400_000_000)).toBe('Hai tỷ bốn trăm triệu đồng');
    expect(readMoney(950_000)).toBe('Chín trăm năm mươi nghìn đồng');
    expect(readMoney(0)).toBe('Không đồng');
    expect(readMoney(-5_000)).toBe('Âm năm nghìn đồng');
    expect(readMoney(1_005_000n)).toBe('Một triệu không trăm linh năm nghìn đồng');
  });

  it('can keep the first letter small', () => {
    expect(readMoney(2_400_000_000, { capitalize: false })).toBe('hai tỷ bốn trăm triệu đồng');
  });

  it('rejects amounts that are not whole đồng', () => {
    expect(() => readMoney(10.5)).toThrow(RangeError);
  });

  it('reads the amounts of the Thái Bình report', () => {
    const text = sampleArticle('thai-binh-2019-6-thang.txt');
    const millions = parseViNumber(/số vốn ([\d.,]+) triệu đồng/.exec(text)?.[1] ?? '');
    expect(readMoney((millions ?? 0) * 1_000_000)).toBe('Một tỷ ba trăm bốn mươi hai triệu đồng');
    const billions = parseViNumber(/\(([\d.,]+) tỷ đồng\)/.exec(text)?.[1] ?? '');
    expect(readMoney(Math.round((billions ?? 0) * 1_000_000_000))).toBe('Hai tỷ bốn trăm triệu đồng');
  });
});

import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';
import { parseViNumber } from './format-number.ts';
import { sampleArticle } from './sample-articles.fixture.ts';

describe('formatMoney', () => {
  it.each([
    [2_400_000_000, '2,4 tỷ đồng'],
    [1_342_000_000, '1,342 tỷ đồng'],
    [50_000_000_000, '50 tỷ đồng'],
    [1_000_000_000, '1 tỷ đồng'],
    [1_500_000_000_000, '1.500 tỷ đồng'],
    [342_000_000, '342 triệu đồng'],
    [342_500_000, '342,5 triệu đồng'],
    [1_000_000, '1 triệu đồng'],
    [999_499_999, '999,5 triệu đồng'],
    [950_000, '950.000 đồng'],
    [5_000, '5.000 đồng'],
    [1, '1 đồng'],
    [0, '0 đồng'],
    [-2_400_000_000, '-2,4 tỷ đồng'],
    [-950_000, '-950.000 đồng'],
  ])('%s → %j', (dong, expected) => {
    expect(formatMoney(dong)).toBe(expected);
  });

  it('switches to the bigger unit when rounding reaches it', () => {
    expect(formatMoney(999_999_999)).toBe('1 tỷ đồng');
    expect(formatMoney(999_500_000)).toBe('1 tỷ đồng');
    expect(formatMoney(999_999)).toBe('1 triệu đồng');
    expect(formatMoney(999_499)).toBe('999.499 đồng');
  });

  it('rounds half up on the exact amount', () => {
    expect(formatMoney(1_345_000_000, { decimals: 2 })).toBe('1,35 tỷ đồng');
    expect(formatMoney(1_342_500_000, { decimals: 2 })).toBe('1,34 tỷ đồng');
    expect(formatMoney(2_450_000_000, { decimals: 1 })).toBe('2,5 tỷ đồng');
    expect(formatMoney(1_000_500, { unit: 'trieu' })).toBe('1,001 triệu đồng');
    expect(formatMoney(9_007_199_254_740_991)).toBe('9.007.199,255 tỷ đồng');
  });

  it.each([
    [1_342_000_000, 'trieu', '1.342 triệu đồng'],
    [1_342_000_000, 'ty', '1,342 tỷ đồng'],
    [1_342_000_000, 'nghin', '1.342.000 nghìn đồng'],
    [1_342_000_000, 'dong', '1.342.000.000 đồng'],
    [1_342_500, 'nghin', '1.342,5 nghìn đồng'],
    [1_342_500, 'trieu', '1,343 triệu đồng'],
    [950_000, 'trieu', '0,95 triệu đồng'],
    [5, 'ty', '0 tỷ đồng'],
    [-5, 'ty', '0 tỷ đồng'],
  ] as const)('%s in unit %s → %j', (dong, unit, expected) => {
    expect(formatMoney(dong, { unit })).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'rejects %s: money is a safe integer',
    (dong) => {
      expect(() => formatMoney(dong)).toThrow(RangeError);
    },
  );

  it('writes amounts the way the Thái Bình report does', () => {
    const text = sampleArticle('thai-binh-2019-6-thang.txt');
    expect(text).toContain(`số vốn ${formatMoney(1_342_000_000, { unit: 'trieu' })};`);
    expect(text).toContain(`vay ${formatMoney(342_000_000)}.`);
    expect(text).toContain(`(${formatMoney(2_400_000_000)})`);
    expect(sampleArticle('hoa-binh-2023-so-ket.txt')).toContain(`đạt ${formatMoney(50_000_000_000)}.`);
  });

  it('writes numbers that parseViNumber reads back', () => {
    const [figure = ''] = formatMoney(1_342_000_000, { unit: 'trieu' }).split(' ');
    expect(parseViNumber(figure)).toBe(1342);
  });
});

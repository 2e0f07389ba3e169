import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseViNumber } from './format-number.ts';
import { sampleArticle, sampleArticles } from './sample-articles.fixture.ts';

describe('formatNumber', () => {
  it.each([
    [1342, '1.342'],
    [1342.5, '1.342,5'],
    [-2.4, '-2,4'],
    [0, '0'],
    [7, '7'],
    [1_234_567.891, '1.234.567,89'],
    [2.5, '2,5'],
    [2.5001, '2,5'],
    [1.005, '1,01'],
    [0.001, '0'],
    [-0.001, '0'],
    [-0, '0'],
    [12.3, '12,3'],
    [100, '100'],
    [2272, '2.272'],
  ])('%s → %j', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it('uses an ASCII hyphen-minus for negatives', () => {
    expect(formatNumber(-1342).charCodeAt(0)).toBe(0x2d);
  });

  it('takes a maximum number of decimals', () => {
    expect(formatNumber(1342.5678, { decimals: 0 })).toBe('1.343');
    expect(formatNumber(1342.5678, { decimals: 1 })).toBe('1.342,6');
    expect(formatNumber(1342.5678, { decimals: 3 })).toBe('1.342,568');
    expect(formatNumber(1342.5, { decimals: 3 })).toBe('1.342,5');
  });

  it('reads exact decimal strings', () => {
    expect(formatNumber('2400.5')).toBe('2.400,5');
    expect(formatNumber('-1342000000')).toBe('-1.342.000.000');
    expect(formatNumber('0.9995', { decimals: 3 })).toBe('1');
    expect(formatNumber('12345678901234567890')).toBe('12.345.678.901.234.567.890');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s', (n) => {
    expect(() => formatNumber(n)).toThrow(RangeError);
  });

  it.each(['', 'abc', '1,5', '1.342.000', '1e5', ' 12'])('rejects the string %j', (text) => {
    expect(() => formatNumber(text)).toThrow(RangeError);
  });

  it.each([-1, 1.5, 21])('rejects decimals %s', (decimals) => {
    expect(() => formatNumber(1, { decimals })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it.each([
    [1.78, '178%'],
    [0.5, '50%'],
    [1.785, '178,5%'],
    [0.178, '17,8%'],
    [2.9, '290%'],
    [1, '100%'],
    [0, '0%'],
    [-0.25, '-25%'],
    [0.12345, '12,3%'],
    [0.00049, '0%'],
    [12.5, '1.250%'],
  ])('%s → %j', (ratio, expected) => {
    expect(formatPercent(ratio)).toBe(expected);
  });

  it('rounds on the exact decimal, not on ratio × 100 in binary', () => {
    expect(0.0185 * 100).toBe(1.8499999999999999);
    expect(formatPercent(0.0185)).toBe('1,9%');
    expect(formatPercent(0.0055)).toBe('0,6%');
    expect(formatPercent(1.005, { decimals: 0 })).toBe('101%');
  });

  it('takes a maximum number of decimals', () => {
    expect(formatPercent(0.12345, { decimals: 2 })).toBe('12,35%');
    expect(formatPercent(0.12345, { decimals: 0 })).toBe('12%');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (ratio) => {
    expect(() => formatPercent(ratio)).toThrow(RangeError);
  });

  it('writes the plan ratios the way the Kiên Giang report does', () => {
    const text = sampleArticle('kien-giang-2024-tong-ket.txt');
    expect(text).toContain(`89/50 THT (đạt ${formatPercent(89 / 50)} so với kế hoạch)`);
    expect(text).toContain(`29/10 HTX (đạt ${formatPercent(29 / 10)} so với kế hoạch)`);
  });
});

describe('parseViNumber', () => {
  it.each([
    ['1.342', 1342],
    ['2,4', 2.4],
    ['1.342,5', 1342.5],
    [' 12 ', 12],
    ['1,342.5', 1342.5],
    ['1.342.000', 1_342_000],
    ['1.342.567,25', 1_342_567.25],
    ['1,342,000', 1_342_000],
    ['1 342 000', 1_342_000],
    ['1\u00a0342,5', 1342.5],
    ['2.4', 2.4],
    ['12.50', 12.5],
    ['0.342', 0.342],
    ['0,5', 0.5],
    ['007', 7],
    ['-2,4', -2.4],
    ['\u22122,4', -2.4],
    ['- 1.342', -1342],
    ['+7', 7],
    ['-0', 0],
    ['\t2.272\n', 2272],
  ])('%j → %s', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it('reads a lone comma as a decimal comma, the Vietnamese way', () => {
    expect(parseViNumber('1,342')).toBe(1.342);
  });

  it.each([
    '',
    '   ',
    'abc',
    '12 HTX',
    '1.2.3',
    '12.34.56',
    '1,,2',
    '1,2.3',
    '1.34,5',
    '1,342.567,8',
    '0.342.000',
    '--1',
    '1e5',
    '.5',
    ',5',
    '5,',
    '5.',
    '1 34',
    '12 345 6',
    '1.342 triệu',
    'NaN',
    'Infinity',
    '0x10',
  ])('returns null for %j', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });

  it('reads the figures written in the sample articles', () => {
    const thaiBinh = sampleArticle('thai-binh-2019-6-thang.txt');
    const kienGiang = sampleArticle('kien-giang-2024-tong-ket.txt');
    const figure = (text: string, pattern: RegExp) => parseViNumber(pattern.exec(text)?.[1] ?? '');
    expect(figure(thaiBinh, /số vốn ([\d.,]+) triệu đồng/)).toBe(1342);
    expect(figure(thaiBinh, /\(([\d.,]+) tỷ đồng\)/)).toBe(2.4);
    expect(figure(kienGiang, /và ([\d.,]+) THT/)).toBe(2272);
    expect(figure(kienGiang, /đạt (\d+)% so với/)).toBe(178);
  });

  it.each(sampleArticles)('reads every number token in $name', ({ text }) => {
    const tokens = text.match(/\d[\d.,]*\d|\d/g) ?? [];
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of tokens) {
      const value = parseViNumber(token);
      expect(value, token).not.toBeNull();
      if (/^\d+$/.test(token)) expect(value).toBe(Number(token));
    }
  });

  it('reads back what formatNumber writes', () => {
    for (const n of [0, 7, 1342, 1342.5, -2.4, 1_234_567.89, 0.05]) {
      expect(parseViNumber(formatNumber(n))).toBe(n);
    }
  });
});

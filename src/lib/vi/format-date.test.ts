import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatPlaceDate,
  formatTime,
  parseViDate,
} from './format-date.ts';
import { sampleArticle, sampleArticles } from './sample-articles.fixture.ts';

// 10:40 on 19/01/2024 in Viet Nam (UTC+7).
const KG_MEETING = new Date('2024-01-19T03:40:00Z');

// Node re-reads TZ when it changes, so one run checks that the machine's zone never leaks in.
describe.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'])('with TZ=%s', (zone) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('really runs in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it('formats in Viet Nam time', () => {
    expect(formatDate(KG_MEETING)).toBe('19/01/2024');
    expect(formatTime(KG_MEETING)).toBe('10:40');
    expect(formatDateTime(KG_MEETING)).toBe('10:40 | 19/01/2024');
    expect(formatLongDate(KG_MEETING)).toBe('ngày 19 tháng 01 năm 2024');
  });

  it('reads ISO strings without an offset as Viet Nam time', () => {
    expect(formatDateTime('2024-01-19T10:40')).toBe('10:40 | 19/01/2024');
    expect(formatDateTime('2024-01-19')).toBe('00:00 | 19/01/2024');
  });

  it('parses Vietnamese dates to Viet Nam midnight', () => {
    expect(parseViDate('19/01/2024')?.toISOString()).toBe('2024-01-18T17:00:00.000Z');
  });
});

describe('formatDate, formatTime, formatDateTime', () => {
  it('turns the day at Viet Nam midnight, not UTC midnight', () => {
    expect(formatDateTime('2024-01-18T17:00:00Z')).toBe('00:00 | 19/01/2024');
    expect(formatDateTime('2024-01-18T16:59:59.999Z')).toBe('23:59 | 18/01/2024');
    expect(formatDateTime('2023-12-31T17:00:00Z')).toBe('00:00 | 01/01/2024');
  });

  it('pads days, months and hours', () => {
    expect(formatDateTime('2024-03-05T01:02:03+07:00')).toBe('01:02 | 05/03/2024');
  });

  it('accepts a Date, epoch milliseconds and ISO strings with any offset', () => {
    const expected = '10:40 | 19/01/2024';
    expect(formatDateTime(KG_MEETING)).toBe(expected);
    expect(formatDateTime(KG_MEETING.getTime())).toBe(expected);
    expect(formatDateTime('2024-01-19T03:40:00Z')).toBe(expected);
    expect(formatDateTime('2024-01-19T03:40:00.000z')).toBe(expected);
    expect(formatDateTime('2024-01-19T10:40:00+07:00')).toBe(expected);
    expect(formatDateTime('2024-01-19T10:40:00+0700')).toBe(expected);
    expect(formatDateTime('2024-01-18T22:40:00-05:00')).toBe(expected);
    expect(formatDateTime('2024-01-19 03:40:00.123456+00')).toBe(expected);
  });

  it('does not change the Date it is given', () => {
    const date = new Date(KG_MEETING);
    formatDateTime(date);
    expect(date.getTime()).toBe(KG_MEETING.getTime());
  });

  it.each([
    new Date('nonsense'),
    Number.NaN,
    '',
    'bad',
    '19/01/2024',
    '01/02/2024',
    'January 19, 2024',
    '2024-02-30',
    '2024-13-01',
    '2024-01-19T24:00',
    '2024-01-19T10:60',
  ])('rejects %j', (input) => {
    expect(() => formatDate(input)).toThrow(RangeError);
    expect(() => formatTime(input)).toThrow(RangeError);
    expect(() => formatDateTime(input)).toThrow(RangeError);
    expect(() => formatLongDate(input)).toThrow(RangeError);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2024-01-19', 'ngày 19 tháng 01 năm 2024'],
    ['2024-02-09', 'ngày 09 tháng 02 năm 2024'],
    ['2024-03-05', 'ngày 05 tháng 3 năm 2024'],
    ['2024-10-01', 'ngày 01 tháng 10 năm 2024'],
    ['2024-12-25', 'ngày 25 tháng 12 năm 2024'],
  ])('pads days below 10 and months 1–2 only (Decree 30): %s → %j', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});

describe('formatPlaceDate', () => {
  it('writes the place and date line of an official document', () => {
    expect(formatPlaceDate('Rạch Giá', KG_MEETING)).toBe('Rạch Giá, ngày 19 tháng 01 năm 2024');
    expect(formatPlaceDate('Thái Bình', '2019-07-30')).toBe('Thái Bình, ngày 30 tháng 7 năm 2019');
  });

  it('cleans the place name', () => {
    expect(formatPlaceDate('  Rạch\u00a0 Giá ', KG_MEETING)).toBe('Rạch Giá, ngày 19 tháng 01 năm 2024');
    expect(formatPlaceDate('Rạch Giá'.normalize('NFD'), KG_MEETING)).toBe(
      'Rạch Giá, ngày 19 tháng 01 năm 2024',
    );
  });

  it('writes only the date when the place is blank', () => {
    expect(formatPlaceDate(' ', KG_MEETING)).toBe('ngày 19 tháng 01 năm 2024');
  });
});

describe('parseViDate', () => {
  it.each([
    ['19/01/2024', '2024-01-18T17:00:00.000Z'],
    ['19/1/2024', '2024-01-18T17:00:00.000Z'],
    [' 19/01/2024 ', '2024-01-18T17:00:00.000Z'],
    ['19-01-2024', '2024-01-18T17:00:00.000Z'],
    ['19.01.2024', '2024-01-18T17:00:00.000Z'],
    ['ngày 19 tháng 01 năm 2024', '2024-01-18T17:00:00.000Z'],
    ['Ngày  19 tháng 1 năm 2024', '2024-01-18T17:00:00.000Z'],
    ['NGÀY 19 THÁNG 01 NĂM 2024', '2024-01-18T17:00:00.000Z'],
    ['29/02/2024', '2024-02-28T17:00:00.000Z'],
    ['01/01/2024', '2023-12-31T17:00:00.000Z'],
  ])('%j → %s', (text, iso) => {
    expect(parseViDate(text)?.toISOString()).toBe(iso);
  });

  it('knows that Viet Nam clocks were not always UTC+7', () => {
    // The south used UTC+8 from 1960 to mid-1975; tzdb's Asia/Ho_Chi_Minh records it.
    expect(parseViDate('01/01/1970')?.toISOString()).toBe('1969-12-31T16:00:00.000Z');
    expect(formatDate(parseViDate('01/01/1970') as Date)).toBe('01/01/1970');
    expect(parseViDate('11/4/1946')?.toISOString()).toBe('1946-04-10T17:00:00.000Z');
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '31/04/2024',
    '00/01/2024',
    '19/00/2024',
    '19/13/2024',
    '32/01/2024',
    '19/01/24',
    '19/01/0999',
    '19/01-2024',
    '19 01 2024',
    '2024-01-19',
    '19/01/2024 10:40',
    'ngày 19 tháng 01',
    'abc',
    '',
  ])('returns null for %j', (text) => {
    expect(parseViDate(text)).toBeNull();
  });

  it('round-trips through formatDate', () => {
    for (let day = new Date('2023-12-25T00:00:00Z'); day < new Date('2025-01-05'); ) {
      const text = formatDate(day);
      expect(formatDate(parseViDate(text) as Date)).toBe(text);
      day = new Date(day.getTime() + 86_400_000);
    }
  });

  it.each(sampleArticles)('reads every date written in $name', ({ text }) => {
    const dates = text.match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    for (const written of dates) {
      const [day = '', month = '', year = ''] = written.split('/');
      const date = parseViDate(written);
      expect(date, written).not.toBeNull();
      expect(formatDate(date as Date)).toBe(`${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}`);
    }
  });
});

describe('on the sample articles', () => {
  it('writes the Kiên Giang dateline', () => {
    expect(sampleArticle('kien-giang-2024-tong-ket.txt')).toContain(
      `(${formatDateTime('2024-01-19T10:40')})`,
    );
  });

  it('writes the Hòa Bình date and time', () => {
    const published = '2023-08-09T16:30';
    expect(sampleArticle('hoa-binh-2023-so-ket.txt')).toContain(
      `${formatDate(published)} ${formatTime(published)}`,
    );
  });

  it('writes the meeting day the way the Kiên Giang report does', () => {
    const text = sampleArticle('kien-giang-2024-tong-ket.txt');
    expect(text).toContain(`Sáng ${formatLongDate(KG_MEETING).replace('ngày ', '')},`);
  });
});

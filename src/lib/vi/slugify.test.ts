import { describe, expect, it } from 'vitest';
import { sampleArticles } from './sample-articles.fixture.ts';
import { slugify } from './slugify.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['Hợp tác xã Nông nghiệp Đồng Tâm!', 'hop-tac-xa-nong-nghiep-dong-tam'],
    ['Tỉnh uỷ Kiên Giang', 'tinh-uy-kien-giang'],
    ['  --Đắk   Lắk--  ', 'dak-lak'],
    ['Nghị quyết 20-NQ/TW', 'nghi-quyet-20-nq-tw'],
    ['HTX “Hợp tác - Đổi mới – Phát triển”…', 'htx-hop-tac-doi-moi-phat-trien'],
    ['Sáu tháng đầu năm 2019 (ngày 19/7/2019)', 'sau-thang-dau-nam-2019-ngay-19-7-2019'],
    ['Hoà Bình', 'hoa-binh'],
    ['Hòa Bình', 'hoa-binh'],
    ['', ''],
    ['!!! ... ???', ''],
    ['東京', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('accepts decomposed input', () => {
    expect(slugify('Đồng Tâm'.normalize('NFD'))).toBe('dong-tam');
  });

  it('cuts a long slug at a word boundary', () => {
    expect(slugify('Hợp tác xã nông nghiệp', 12)).toBe('hop-tac-xa');
    expect(slugify('Hợp tác xã nông nghiệp', 10)).toBe('hop-tac-xa');
    expect(slugify('Hợp tác xã', 10)).toBe('hop-tac-xa');
    expect(slugify('Hợp tác xã', 9)).toBe('hop-tac');
    expect(slugify('ab cdefghijkl', 5)).toBe('ab');
  });

  it('cuts a single word longer than the limit where it must', () => {
    expect(slugify('abcdefghij klm', 5)).toBe('abcde');
  });

  it('keeps to 80 characters by default', () => {
    const slug = slugify('Liên minh HTX tỉnh tổ chức hội nghị tổng kết năm 2023 và bầu bổ sung Phó Chủ tịch');
    expect(slug).toBe('lien-minh-htx-tinh-to-chuc-hoi-nghi-tong-ket-nam-2023-va-bau-bo-sung-pho-chu');
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects maxLength %s', (maxLength) => {
    expect(() => slugify('abc', maxLength)).toThrow(RangeError);
  });

  it.each(sampleArticles)('turns every line of $name into a clean slug', ({ text }) => {
    const lines = text.split('\n').filter((line) => /[\p{L}\p{N}]/u.test(line));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const slug = slugify(line);
      expect(slug).toMatch(SLUG);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});

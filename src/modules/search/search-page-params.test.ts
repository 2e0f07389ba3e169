import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchPageUrl } from './search-page-params.ts';
import { pageWindow } from './views/pagination.view.tsx';

const categories = [{ id: '00000000-0000-4000-8000-000000000001', slug: 'diem-tin' }];

describe('parseSearchParams', () => {
  it('reads every parameter', () => {
    const p = parseSearchParams(
      {
        q: 'hợp tác xã',
        loai: ['tin-tuc', 'van-ban', 'tin-tuc'],
        'chuyen-muc': 'diem-tin',
        'tu-ngay': '01/01/2024',
        'den-ngay': '31/1/2024',
        trang: '3',
      },
      categories,
    );
    expect(p).toMatchObject({
      q: 'hợp tác xã',
      kinds: ['article', 'document'],
      category: categories[0],
      fromText: '01/01/2024',
      toText: '31/1/2024',
      page: 3,
      notices: [],
    });
    expect(p.fromDay?.toISOString()).toBe('2023-12-31T17:00:00.000Z');
  });

  it('drops malformed values with a gentle note, never throws', () => {
    const p = parseSearchParams(
      { q: ['a', 'b'], loai: 'khac', 'chuyen-muc': 'khong-co', 'tu-ngay': '31/02/2024', trang: '-1' },
      categories,
    );
    expect(p.q).toBe('a');
    expect(p.kinds).toEqual([]);
    expect(p.category).toBeNull();
    expect(p.fromDay).toBeNull();
    expect(p.page).toBe(1);
    expect(p.notices).toHaveLength(4);
    expect(p.notices.join(' ')).toContain('31/02/2024');
    for (const trang of ['abc', '0', '1e3', '99999999999', '2.5']) {
      expect(parseSearchParams({ trang }, categories).page).toBe(1);
    }
  });

  it('puts dates in order', () => {
    const p = parseSearchParams({ 'tu-ngay': '31/12/2024', 'den-ngay': '01/01/2024' }, categories);
    expect([p.fromText, p.toText]).toEqual(['01/01/2024', '31/12/2024']);
    expect(p.notices).toHaveLength(1);
  });
});

describe('searchPageUrl', () => {
  it('keeps valid filters and sets the page', () => {
    const p = parseSearchParams({ q: 'hợp tác', loai: 'van-ban', 'tu-ngay': 'sai', trang: '2' }, categories);
    expect(searchPageUrl(p, { page: 3 })).toBe('/tim-kiem?q=h%E1%BB%A3p+t%C3%A1c&loai=van-ban&trang=3');
    expect(searchPageUrl(p, { q: 'hợp tác xã' })).toBe(
      '/tim-kiem?q=h%E1%BB%A3p+t%C3%A1c+x%C3%A3&loai=van-ban',
    );
  });
});

describe('pageWindow', () => {
  it('shows the ends and the pages around the current one', () => {
    expect(pageWindow(6, 135)).toEqual([1, null, 4, 5, 6, 7, 8, null, 135]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(2, 6)).toEqual([1, 2, 3, 4, null, 6]);
  });
});

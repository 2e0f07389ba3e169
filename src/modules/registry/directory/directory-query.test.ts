import { describe, expect, it } from 'vitest';
import { directoryHref, parseDirectoryQuery } from './directory-list-query.ts';
import { directorySearchTerms } from './directory-search-terms.ts';
import { websiteHref } from './website-href.ts';

describe('parseDirectoryQuery', () => {
  it('keeps valid values and drops the rest', () => {
    expect(
      parseDirectoryQuery({ q: ' đồng tâm ', loai: 'HTX', 'linh-vuc': 'van_tai', xa: '03664', trang: '3' }),
    ).toEqual({
      q: 'đồng tâm',
      kind: 'HTX',
      sector: 'van_tai',
      communeCode: '03664',
      page: 3,
    });
    expect(parseDirectoryQuery({ loai: 'htx', 'linh-vuc': 'x', xa: '3664', trang: '-2' })).toEqual({
      q: undefined,
      kind: undefined,
      sector: undefined,
      communeCode: undefined,
      page: 1,
    });
    expect(parseDirectoryQuery({ trang: ['2', '3'], q: 'a'.repeat(500) })).toMatchObject({ page: 2 });
    expect(parseDirectoryQuery({ q: 'a'.repeat(500) }).q).toHaveLength(200);
    expect(parseDirectoryQuery(null)).toEqual({ page: 1 });
  });

  it('builds list URLs with Vietnamese parameter names, page 1 left out', () => {
    expect(directoryHref({ page: 1 })).toBe('/hop-tac-xa');
    expect(directoryHref({ q: 'đồng tâm', kind: 'THT', communeCode: '03664', page: 1 }, 2)).toBe(
      '/hop-tac-xa?q=%C4%91%E1%BB%93ng+t%C3%A2m&loai=THT&xa=03664&trang=2',
    );
  });
});

describe('directorySearchTerms', () => {
  it('folds words and pairs the kinds’ abbreviations with the words they stand for', () => {
    expect(directorySearchTerms('Hợp tác xã  Đồng Tâm,')).toEqual([['hop tac xa', 'htx'], ['dong'], ['tam']]);
    expect(directorySearchTerms('HTX Đồng Tâm')).toEqual([['hop tac xa', 'htx'], ['dong'], ['tam']]);
    expect(directorySearchTerms('liên hiệp hợp tác xã chè')).toEqual([
      ['lien hiep hop tac xa', 'lhhtx'],
      ['che'],
    ]);
    expect(directorySearchTerms('tổ hợp tác')).toEqual([['to hop tac', 'tht']]);
    expect(directorySearchTerms('QTDND Hát Lót')).toEqual([
      ['quy tin dung nhan dan', 'qtdnd'],
      ['hat'],
      ['lot'],
    ]);
    expect(directorySearchTerms('5500-123/QĐ')).toEqual([['5500-123/qd']]);
  });

  it('ignores punctuation-only words and keeps at most ten terms', () => {
    expect(directorySearchTerms(' – , ')).toEqual([]);
    expect(directorySearchTerms(undefined)).toEqual([]);
    expect(directorySearchTerms('a b c d e f g h i j k l')).toHaveLength(10);
  });
});

describe('websiteHref', () => {
  it('links http(s) addresses and bare domains, nothing else', () => {
    expect(websiteHref('https://htxdongtam.vn')).toBe('https://htxdongtam.vn/');
    expect(websiteHref('htxdongtam.vn/gioi-thieu')).toBe('https://htxdongtam.vn/gioi-thieu');
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('lienhe@htx.vn')).toBeNull();
    expect(websiteHref('Đang cập nhật')).toBeNull();
    expect(websiteHref('')).toBeNull();
  });
});

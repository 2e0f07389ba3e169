import { describe, expect, it } from 'vitest';
import { splitStreet } from './address-resolution.ts';
import { readDateCell, readNumberCell } from './cell-values.ts';
import { HeaderDictionary, readHeader, yearInTitle } from './header-mapping.ts';
import type { ImportMapping } from './import.dto.ts';
import { normalName } from './row-matching.ts';
import { isLayoutRow } from './row-parser.ts';
import { kindFromName, kinds, readSectors, statuses } from './vocabulary.ts';

const TODAY = '2026-03-02';

describe('numbers as people write them', () => {
  it.each([
    ['1.342', 1342, null],
    ['2,4', 2.4, null],
    ['1.342,5', 1342.5, null],
    ['1.342.000', 1342000, null],
    ['2,4 tỷ', 2.4, 'ty'],
    ['150 triệu đồng', 150, 'trieu'],
    ['35 tr', 35, 'trieu'],
    ['500 nghìn', 500, 'nghin'],
    ['1.200.000 đ', 1200000, 'dong'],
    ['-', null, null],
  ])('%s → %s (%s)', (text, value, unit) => {
    expect(readNumberCell(text)).toEqual({ ok: true, value, unit });
  });

  it('takes number cells as they are and refuses words', () => {
    expect(readNumberCell(1500.5)).toEqual({ ok: true, value: 1500.5, unit: null });
    expect(readNumberCell('nhiều')).toEqual({
      ok: false,
      message: 'Không đọc được số (ví dụ đúng: 1.342 hoặc 2,4)',
    });
  });
});

describe('dates as people keep them', () => {
  it.each([
    ['12/03/2015', '2015-03-12'],
    ['5/6/19', '2019-06-05'],
    ['5/6/98', '1998-06-05'],
    ['12-03-2015', '2015-03-12'],
    ['12.03.2015', '2015-03-12'],
    ['2015-03-12', '2015-03-12'],
    ['ngày 12 tháng 3 năm 2015', '2015-03-12'],
  ])('%s → %s', (text, iso) => {
    expect(readDateCell(text, TODAY)).toEqual({ ok: true, iso });
  });

  it('reads Excel serials, date cells and bare years; refuses impossible and future dates', () => {
    expect(readDateCell(43900, TODAY)).toEqual({ ok: true, iso: '2020-03-10' });
    expect(readDateCell(new Date(Date.UTC(2018, 6, 20)), TODAY)).toEqual({ ok: true, iso: '2018-07-20' });
    expect(readDateCell(2019, TODAY)).toEqual({
      ok: true,
      iso: '2019-01-01',
      note: 'chỉ có năm, ghi nhận là ngày 01/01',
    });
    expect(readDateCell('03/2019', TODAY)).toEqual({
      ok: true,
      iso: '2019-03-01',
      note: 'chỉ có tháng/năm, ghi nhận là ngày 01',
    });
    expect(readDateCell('31/02/2020', TODAY)).toMatchObject({ ok: false });
    expect(readDateCell('15/05/2026', TODAY)).toEqual({
      ok: false,
      message: 'Ngày 15/05/2026 sau ngày hôm nay',
    });
  });
});

describe('headers', () => {
  const dict = new HeaderDictionary([
    {
      code: 'tv_chinh_thuc',
      name: 'Thành viên chính thức',
      unit: 'người',
      valueType: 'integer',
      appliesTo: [],
    },
    { code: 'von_dieu_le', name: 'Vốn điều lệ', unit: 'đồng', valueType: 'money', appliesTo: [] },
    { code: 'doanh_thu', name: 'Doanh thu', unit: 'đồng', valueType: 'money', appliesTo: [] },
  ]);
  const field = (h: string) => dict.fieldOf(readHeader(h).key);

  it('match synonyms accent- and case-insensitively', () => {
    for (const h of ['Tên HTX', 'TÊN HỢP TÁC XÃ', 'Ten don vi', 'Tên đơn vị (ghi đầy đủ)'])
      expect(field(h)).toBe('name');
    for (const h of ['Mã số HTX', 'MST', 'mã số thuế']) expect(field(h)).toBe('regCode');
    for (const h of ['Số TV', 'Số thành viên', 'SO THANH VIEN']) expect(field(h)).toBe('fig:tv_chinh_thuc');
    expect(field('Số điện thoại liên hệ của HTX')).toBe('publicPhone');
    expect(field('Thành viên liên kết')).toBeNull();
  });

  it('read the unit and the year of a header', () => {
    expect(readHeader('Vốn điều lệ (triệu đồng)')).toEqual({ key: 'von dieu le', unit: 'trieu', year: null });
    expect(readHeader('Doanh thu năm 2024 (Tỷ đ)')).toEqual({ key: 'doanh thu', unit: 'ty', year: 2024 });
    expect(readHeader('Vốn điều lệ, nghìn đồng')).toEqual({ key: 'von dieu le', unit: 'nghin', year: null });
    expect(readHeader('Doanh thu - tr.đ')).toEqual({ key: 'doanh thu', unit: 'trieu', year: null });
    expect(readHeader('Tỷ lệ lợi nhuận (%)').unit).toBeNull();
  });

  it('find the year in title rows', () => {
    expect(yearInTitle(['LIÊN MINH HTX', 'DANH SÁCH HỢP TÁC XÃ NĂM 2024'])).toBe(2024);
    expect(yearInTitle(['Năm số liệu:', '2025'])).toBe(2025);
    expect(yearInTitle(['Danh sách hợp tác xã'])).toBeNull();
  });
});

describe('vocabulary', () => {
  it('reads kinds, statuses and sectors from labels and abbreviations', () => {
    expect(['HTX', 'Hợp tác xã', 'hop tac xa', 'HTX nông nghiệp'].map((k) => kinds.read(k))).toEqual([
      'HTX',
      'HTX',
      'HTX',
      'HTX',
    ]);
    expect(['THT', 'Tổ hợp tác', 'Quỹ TDND', 'Liên hiệp HTX', 'DN'].map((k) => kinds.read(k))).toEqual([
      'THT',
      'THT',
      'QTDND',
      'LHHTX',
      'DN',
    ]);
    expect(kinds.read('Liên doanh')).toBeNull();
    expect(['Đang hoạt động', 'tam ngung', 'Giải thể', 'Yếu kém'].map((s) => statuses.read(s))).toEqual([
      'dang_hoat_dong',
      'tam_ngung',
      'giai_the',
      'yeu_kem',
    ]);
    expect(readSectors('Môi trường, điện, nước')).toEqual({ found: ['moi_truong_dien_nuoc'], unknown: [] });
    expect(readSectors('Nông nghiệp; Du lịch; Khai khoáng')).toEqual({
      found: ['nong_nghiep', 'du_lich'],
      unknown: ['Khai khoáng'],
    });
  });

  it('infers the kind from a name', () => {
    expect(kindFromName('Hợp tác xã Đồng Tâm')).toBe('HTX');
    expect(kindFromName('Liên hiệp hợp tác xã Thái Bình')).toBe('LHHTX');
    expect(kindFromName('Quỹ tín dụng nhân dân Vũ Thư')).toBe('QTDND');
    expect(kindFromName('Tổ hợp tác rau sạch')).toBe('THT');
    expect(kindFromName('Công ty Cổ phần An Phát')).toBeNull();
  });
});

describe('rows and names', () => {
  it('normalises names for duplicates', () => {
    expect(normalName('HTX  Nông nghiệp "Vũ Lễ"')).toBe(normalName('Hợp tác xã nông nghiệp Vũ Lễ'));
    expect(normalName('QTDND Vũ Thư')).toBe(normalName('Quỹ tín dụng nhân dân Vũ Thư'));
    expect(normalName('HTX Vũ Lễ')).not.toBe(normalName('HTX Vũ Hội'));
  });

  it('splits the street from the place', () => {
    expect(splitStreet('Thôn 3, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình')).toEqual({
      street: 'Thôn 3',
      place: 'Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình',
    });
    expect(splitStreet('Số 12 đường Lê Lợi, Phường 1, Quận 3')).toEqual({
      street: 'Số 12 đường Lê Lợi',
      place: 'Phường 1, Quận 3',
    });
    expect(splitStreet('Khu 2, Thị xã Phú Thọ').street).toBe('');
    expect(splitStreet('Vũ Lễ, Kiến Xương')).toEqual({ street: '', place: 'Vũ Lễ, Kiến Xương' });
  });

  it('recognises rows that are layout, not organisations', () => {
    const mapping = {
      headerRow: 4,
      columns: [
        { column: 'A', header: 'STT', field: null, unit: null },
        { column: 'B', header: 'Tên HTX', field: 'name', unit: null },
        { column: 'C', header: 'MST', field: 'regCode', unit: null },
        { column: 'D', header: 'Số TV', field: 'fig:tv_chinh_thuc', unit: null },
      ],
    } satisfies ImportMapping;
    const layout = (cells: (string | number | null)[]) =>
      isLayoutRow({ rowNumber: 5, cells, formulas: [] }, mapping);
    expect(layout(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(layout([1, 2, 3, 4])).toBe(true);
    expect(layout(['STT', 'Tên HTX', 'MST', 'Số TV'])).toBe(true);
    expect(layout([null, 'Tổng cộng', null, 1200])).toBe(true);
    expect(layout([1, 'Hợp tác xã A', '0101234567', 9])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  coreKey,
  fold,
  hasDiacritics,
  markedKey,
  modernTones,
  nameKey,
  provinceAlias,
  splitKind,
} from './place-name.ts';

describe('modernTones', () => {
  it('moves the tone of a final open oa/oe/uy to the first vowel', () => {
    expect(modernTones('Hoà Bình')).toBe('Hòa Bình');
    expect(modernTones('Thuỷ Nguyên')).toBe('Thủy Nguyên');
    expect(modernTones('khoẻ')).toBe('khỏe');
    expect(modernTones('uỷ ban')).toBe('ủy ban');
    expect(modernTones('THANH HOÁ')).toBe('THANH HÓA');
  });

  it('leaves the modern form, closed syllables and qu- alone', () => {
    expect(modernTones('Hòa')).toBe('Hòa');
    expect(modernTones('Hoàng Mai')).toBe('Hoàng Mai');
    expect(modernTones('Hoàn Kiếm')).toBe('Hoàn Kiếm');
    expect(modernTones('Quý Hòa')).toBe('Quý Hòa');
    expect(modernTones('Quỳnh Nhai')).toBe('Quỳnh Nhai');
  });

  it('answers NFC even for decomposed input', () => {
    expect(modernTones('Hoà'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'));
  });
});

describe('fold and keys', () => {
  it('folds like lower(f_unaccent()): marks off, đ → d, curly apostrophe straight', () => {
    expect(fold('Xã Đắk R’Moan')).toBe("xa dak r'moan");
    expect(fold('Hoà')).toBe(fold('Hòa'));
    expect(fold('Phường Văn Miếu - Quốc Tử Giám')).toBe('phuong van mieu - quoc tu giam');
  });

  it('makes keys that ignore punctuation and leading zeros', () => {
    expect(nameKey("Cư M'gar")).toBe('cu mgar');
    expect(nameKey('Cu Mgar')).toBe('cu mgar');
    expect(nameKey('Phan Rang-Tháp Chàm')).toBe(nameKey('Phan Rang - Tháp Chàm'));
    expect(nameKey('Phường 02')).toBe('phuong 2');
    expect(nameKey('Phường 10')).toBe('phuong 10');
  });

  it('splits and drops the level word', () => {
    expect(splitKind('Xã Vũ Lễ')).toEqual({ kind: 'Xã', core: 'Vũ Lễ' });
    expect(splitKind('Thị xã Thái Hoà')).toEqual({ kind: 'Thị xã', core: 'Thái Hoà' });
    expect(splitKind('Hưng Yên')).toEqual({ kind: null, core: 'Hưng Yên' });
    expect(coreKey('Tỉnh Hoà Bình')).toBe('hoa binh');
    expect(coreKey('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
  });

  it('expands common province short forms', () => {
    expect(provinceAlias(nameKey('HCM'))).toBe('ho chi minh');
    expect(provinceAlias(coreKey('TP. Hồ Chí Minh'))).toBe('ho chi minh');
    expect(provinceAlias(nameKey('Thừa Thiên Huế'))).toBe('hue');
    expect(provinceAlias(nameKey('BRVT'))).toBe(coreKey('Tỉnh Bà Rịa - Vũng Tàu'));
  });

  it('compares marks after tone normalisation', () => {
    expect(markedKey('Yên Hoà')).toBe(markedKey('yên hòa'));
    expect(markedKey('Văn Lăng')).not.toBe(markedKey('Văn Lang'));
    expect(hasDiacritics('Vu Le')).toBe(false);
    expect(hasDiacritics('Đa Phuc')).toBe(true);
  });
});

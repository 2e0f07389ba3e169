import { describe, expect, it } from 'vitest';
import { type AddressPart, outline, parseAddress } from './address-parser.ts';

/** [level, kind, name] of each part: compact expectations. */
const read = (text: string) => parseAddress(text).map((p: AddressPart) => [p.level, p.kind, p.name]);

describe('parseAddress', () => {
  it('reads a full legacy address', () => {
    expect(read('Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình')).toEqual([
      ['commune', 'Xã', 'Vũ Lễ'],
      ['district', 'Huyện', 'Kiến Xương'],
      ['province', 'Tỉnh', 'Thái Bình'],
    ]);
  });

  it('reads abbreviations with or without a space after the dot', () => {
    expect(read('X. Vu Le, H. Kien Xuong, T. Thai Binh')).toEqual([
      ['commune', 'Xã', 'Vu Le'],
      ['district', 'Huyện', 'Kien Xuong'],
      ['province', 'Tỉnh', 'Thai Binh'],
    ]);
    expect(read('P.12, Q.Gò Vấp, TP.HCM')).toEqual([
      ['commune', 'Phường', '12'],
      ['district', 'Quận', 'Gò Vấp'],
      ['province', 'Thành phố', 'HCM'],
    ]);
    expect(read('TT. Vũ Thư, TX Phú Thọ, TP Huế')).toEqual([
      ['commune', 'Thị trấn', 'Vũ Thư'],
      ['district', 'Thị xã', 'Phú Thọ'],
      ['province', 'Thành phố', 'Huế'],
    ]);
  });

  it('reads glued numbers and the TPHCM short form', () => {
    expect(read('P12 Q1 TPHCM')).toEqual([
      ['commune', 'Phường', '12'],
      ['district', 'Quận', '1'],
      ['province', 'Thành phố', 'HCM'],
    ]);
  });

  it('splits at level words when commas are missing', () => {
    expect(read('Xã Vũ Lễ Huyện Kiến Xương Tỉnh Thái Bình')).toEqual([
      ['commune', 'Xã', 'Vũ Lễ'],
      ['district', 'Huyện', 'Kiến Xương'],
      ['province', 'Tỉnh', 'Thái Bình'],
    ]);
    expect(read('xa vu le huyen kien xuong tinh thai binh')).toEqual([
      ['commune', 'Xã', 'vu le'],
      ['district', 'Huyện', 'kien xuong'],
      ['province', 'Tỉnh', 'thai binh'],
    ]);
  });

  it('settles "Thành phố" by its neighbours', () => {
    expect(read('Phường 1, Thành phố Vĩnh Long, Tỉnh Vĩnh Long')).toEqual([
      ['commune', 'Phường', '1'],
      ['district', 'Thành phố', 'Vĩnh Long'],
      ['province', 'Tỉnh', 'Vĩnh Long'],
    ]);
    expect(read('Phường 2, TP Vĩnh Long')).toEqual([
      ['commune', 'Phường', '2'],
      ['city', 'Thành phố', 'Vĩnh Long'],
    ]);
  });

  it('keeps level-like words inside names', () => {
    expect(read('Tỉnh Hà Tĩnh')).toEqual([['province', 'Tỉnh', 'Hà Tĩnh']]);
    expect(read('Tinh Ha Tinh')).toEqual([['province', 'Tỉnh', 'Ha Tinh']]);
    expect(read('Huyen Quan Son, Tinh Thanh Hoa')).toEqual([
      ['district', 'Huyện', 'Quan Son'],
      ['province', 'Tỉnh', 'Thanh Hoa'],
    ]);
    // With marks elsewhere, a bare "Quan" is the name Quan, not "Quận".
    expect(read('Quan Sơn, Thanh Hóa')).toEqual([
      [null, null, 'Quan Sơn'],
      [null, null, 'Thanh Hóa'],
    ]);
    expect(read('Tỉnh Bà Rịa - Vũng Tàu')).toEqual([['province', 'Tỉnh', 'Bà Rịa - Vũng Tàu']]);
  });

  it('marks a level word written without marks as loose', () => {
    const [first] = parseAddress('Phuong Dinh, Dan Phuong, Ha Noi');
    expect(first).toMatchObject({
      level: 'commune',
      kind: 'Phường',
      name: 'Dinh',
      text: 'Phuong Dinh',
      loose: true,
    });
    expect(parseAddress('Phường Dịch Vọng')[0]?.loose).toBe(false);
  });

  it('reads street and village parts before the commune', () => {
    expect(read('Thôn 3, Xã Vũ Lễ')).toEqual([
      ['street', null, '3'],
      ['commune', 'Xã', 'Vũ Lễ'],
    ]);
    expect(read('Thôn 3 Xã Vũ Lễ')).toEqual([
      ['street', null, '3'],
      ['commune', 'Xã', 'Vũ Lễ'],
    ]);
    expect(read('Số 12 đường Lê Lợi, Phường 5')).toEqual([
      ['street', null, '12 đường Lê Lợi'],
      ['commune', 'Phường', '5'],
    ]);
    expect(read('12/3 Lê Lợi, Quang Lịch')).toEqual([
      ['street', null, '12/3 Lê Lợi'],
      [null, null, 'Quang Lịch'],
    ]);
  });

  it('leaves parts without level words unlabelled and drops the country', () => {
    expect(read('Vũ Lễ, Kiến Xương, Thái Bình, Việt Nam')).toEqual([
      [null, null, 'Vũ Lễ'],
      [null, null, 'Kiến Xương'],
      [null, null, 'Thái Bình'],
    ]);
  });

  it('tolerates case, extra spaces, empty parts and other separators', () => {
    expect(read('  XÃ   VŨ LỄ  ,, huyện kiến xương ; TỈNH THÁI BÌNH. ')).toEqual([
      ['commune', 'Xã', 'VŨ LỄ'],
      ['district', 'Huyện', 'kiến xương'],
      ['province', 'Tỉnh', 'THÁI BÌNH'],
    ]);
  });

  it('normalises decomposed text to NFC', () => {
    const nfd = 'Xã Vũ Lễ'.normalize('NFD');
    expect(parseAddress(nfd)[0]?.name).toBe('Vũ Lễ'.normalize('NFC'));
  });

  it('returns nothing for an empty text', () => {
    expect(parseAddress(' , ; ')).toEqual([]);
  });
});

describe('outline', () => {
  const names = (text: string) => {
    const o = outline(parseAddress(text));
    return [o.commune?.name ?? null, o.district?.name ?? null, o.province?.name ?? null];
  };

  it('places a city after a district at province level', () => {
    expect(names('Phường 13, Quận Gò Vấp, TP HCM')).toEqual(['13', 'Gò Vấp', 'HCM']);
  });

  it('places a city before a province at district level', () => {
    expect(names('Phường Hữu Nghị, Thành phố Hòa Bình, Tỉnh Hòa Bình')).toEqual([
      'Hữu Nghị',
      'Hòa Bình',
      'Hòa Bình',
    ]);
  });

  it('takes a lone city as the province', () => {
    expect(names('Phường Ba Đình, Thành phố Hà Nội')).toEqual(['Ba Đình', null, 'Hà Nội']);
  });
});

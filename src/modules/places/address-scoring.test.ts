import { describe, expect, it } from 'vitest';
import { parseAddress } from './address-parser.ts';
import { type CommuneReading, scoreReadings } from './address-scoring.ts';
import type { CommuneHit, LegacyHit } from './places.repo.ts';

const quangLich: CommuneHit = {
  code: '13132',
  name: 'Xã Quang Lịch',
  provinceCode: '33',
  provinceName: 'Hưng Yên',
};
const vuLeNew: CommuneHit = { code: '06364', name: 'Xã Vũ Lễ', provinceCode: '20', provinceName: 'Lạng Sơn' };
const fromThaiBinh: LegacyHit = {
  ...quangLich,
  oldName: 'Xã Vũ Lễ',
  oldDistrict: 'Huyện Kiến Xương',
  oldProvince: 'Tỉnh Thái Bình',
};
const fromLangSon: LegacyHit = {
  ...vuLeNew,
  oldName: 'Xã Vũ Lễ',
  oldDistrict: 'Huyện Bắc Sơn',
  oldProvince: 'Tỉnh Lạng Sơn',
};

/** The commune reading of a text whose first part is the commune. */
function reading(text: string): CommuneReading {
  const [first, ...rest] = parseAddress(text);
  if (!first) throw new Error('empty');
  return { name: first.name, kind: first.kind, context: rest };
}

describe('scoreReadings', () => {
  it('matches when name, district and province agree', () => {
    const r = scoreReadings(
      reading('Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình'),
      [fromThaiBinh, fromLangSon],
      [vuLeNew],
    );
    expect(r.status).toBe('matched');
    expect(r.match?.code).toBe('13132');
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.alternatives.map((a) => a.code)).toEqual(['06364']);
  });

  it('lists every candidate when the name alone fits several places', () => {
    const r = scoreReadings(reading('Xã Vũ Lễ'), [fromThaiBinh, fromLangSon], [vuLeNew]);
    expect(r.status).toBe('ambiguous');
    expect(r.match).toBeNull();
    expect(r.alternatives.map((a) => a.code).sort()).toEqual(['06364', '13132']);
    expect(r.confidence).toBeLessThanOrEqual(0.5);
  });

  it('lets a province hint pick the only candidate inside it, at a modest confidence', () => {
    const r = scoreReadings(reading('Xã Vũ Lễ'), [fromThaiBinh, fromLangSon], [vuLeNew], '33');
    expect(r.status).toBe('matched');
    expect(r.match?.code).toBe('13132');
    expect(r.confidence).toBeLessThanOrEqual(0.7);
  });

  it('does not let a hint choose between candidates inside the same province', () => {
    const split: LegacyHit[] = [
      { ...fromThaiBinh, code: '11111', name: 'Xã Một' },
      { ...fromThaiBinh, code: '22222', name: 'Xã Hai' },
    ];
    const r = scoreReadings(reading('Xã Vũ Lễ, Huyện Kiến Xương'), split, [], '33');
    expect(r.status).toBe('ambiguous');
    expect(r.alternatives.map((a) => a.code).sort()).toEqual(['11111', '22222']);
  });

  it('refuses a match when the rest of the text contradicts every candidate', () => {
    const r = scoreReadings(
      reading('Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Lạng Sơn'),
      [fromThaiBinh, fromLangSon],
      [vuLeNew],
    );
    expect(r.status).toBe('ambiguous');
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('explains run-on district and province words left after the name', () => {
    const written: CommuneReading = {
      name: 'Vu Le',
      kind: null,
      context: [
        { level: null, kind: null, name: 'Kien Xuong Thai Binh', text: 'Kien Xuong Thai Binh', loose: false },
      ],
    };
    const r = scoreReadings(written, [fromThaiBinh, fromLangSon], [vuLeNew]);
    expect(r.match?.code).toBe('13132');
  });
});

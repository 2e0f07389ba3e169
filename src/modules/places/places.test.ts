import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { fold, splitKind } from './place-name.ts';
import type { CommuneList, ProvinceList, ResolveResult } from './places.dto.ts';
import { countPlaces, findCommunesByNames, findLegacyByNames } from './places.repo.ts';
import { loadPlaces } from './places.service.ts';
import { readPlacesData } from './places-data.ts';

// Rows of the package once cleaned: 10,977 − 5 special zones with no former commune − 140 repeats.
const LEGACY_ROWS = 10_832;

let t: TestApp;
let staff: StaffClient;
beforeAll(async () => {
  t = await createTestApp();
  const { email } = await t.addUser('can_bo');
  staff = await t.signIn(email);
});
afterAll(() => t.close());

async function resolve(address: string, provinceCode?: string): Promise<ResolveResult> {
  const res = await staff.inject({
    method: 'POST',
    url: '/api/v1/places/resolve',
    payload: { address, provinceCode },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as ResolveResult;
}

async function communes(query: string): Promise<CommuneList['items']> {
  const res = await staff.inject({ method: 'GET', url: `/api/v1/places/communes?${query}` });
  expect(res.statusCode).toBe(200);
  return (res.json() as CommuneList).items;
}

describe('loading', () => {
  it('loads 34 provinces, 3,321 communes and the cleaned mappings', async () => {
    expect(await countPlaces(t.database.db)).toEqual({ provinces: 34, communes: 3321, legacy: LEGACY_ROWS });
    const { stats } = readPlacesData();
    expect(stats).toMatchObject({ mappings: 10_977, noOldCommune: 5, duplicates: 140, unresolved: 0 });
  });

  it('skips when loaded and reloads to the same rows', async () => {
    await loadPlaces(t.database.db);
    await loadPlaces(t.database.db, { reload: true });
    expect(await countPlaces(t.database.db)).toEqual({ provinces: 34, communes: 3321, legacy: LEGACY_ROWS });
  });

  it('folds every name in code exactly as the database does', async () => {
    const data = readPlacesData();
    const cores = (names: string[]) => [...new Set(names.map((n) => fold(splitKind(n).core)))];
    const current = await findCommunesByNames(
      t.database.db,
      cores(data.communes.map((c) => c.name)),
      'folded',
    );
    expect(current).toHaveLength(3321);
    const oldCores = cores(data.legacy.map((l) => l.oldName));
    let found = 0;
    for (let i = 0; i < oldCores.length; i += 2000) {
      found += (await findLegacyByNames(t.database.db, oldCores.slice(i, i + 2000), 'folded')).length;
    }
    expect(found).toBe(LEGACY_ROWS);
  });
});

describe('GET /places/provinces', () => {
  it('lists the 34 provinces by code', async () => {
    const res = await staff.inject({ method: 'GET', url: '/api/v1/places/provinces' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as ProvinceList;
    expect(items).toHaveLength(34);
    expect(items[0]).toEqual({ code: '01', name: 'Thành phố Hà Nội' });
    expect(items).toContainEqual({ code: '33', name: 'Hưng Yên' });
  });
});

describe('GET /places/communes', () => {
  it('finds a commune with or without marks and level word', async () => {
    for (const q of ['quang lich', 'Quang Lịch', 'xã quang lịch', 'QUANG LỊCH']) {
      const [first] = await communes(`q=${encodeURIComponent(q)}`);
      expect(first).toEqual({
        code: '13132',
        name: 'Xã Quang Lịch',
        provinceCode: '33',
        provinceName: 'Hưng Yên',
      });
    }
  });

  it('ranks names that start with the text first', async () => {
    const items = await communes('q=quang&limit=50');
    const firstOther = items.findIndex((c) => !fold(splitKind(c.name).core).startsWith('quang'));
    const lastStart = items.findLastIndex((c) => fold(splitKind(c.name).core).startsWith('quang'));
    expect(lastStart).toBeGreaterThan(0);
    if (firstOther >= 0) expect(firstOther).toBeGreaterThan(lastStart);
  });

  it('puts names written with the same marks first, whatever the tone placement', async () => {
    for (const q of ['Minh Hoà', 'Minh Hòa']) {
      const items = await communes(`q=${encodeURIComponent(q)}&limit=20`);
      const names = items.map((c) => c.name);
      expect(names).toContain('Xã Minh Hóa');
      const lastHoa = names.findLastIndex((n) => n.endsWith('Minh Hòa'));
      expect(lastHoa).toBeGreaterThanOrEqual(0);
      expect(names.indexOf('Xã Minh Hóa')).toBeGreaterThan(lastHoa);
    }
    const [first] = await communes(`q=${encodeURIComponent('văn lăng')}`);
    expect(first?.name).toBe('Xã Văn Lăng');
  });

  it('filters by province and honours the limit', async () => {
    const items = await communes('q=tan&province=80&limit=5');
    expect(items).toHaveLength(5);
    expect(items.every((c) => c.provinceCode === '80')).toBe(true);
  });

  it('finds close spellings', async () => {
    const items = await communes('q=quang lichh');
    expect(items.map((c) => c.code)).toContain('13132');
  });

  it('refuses an empty query, a bad province and a limit over 50 in Vietnamese', async () => {
    const empty = await staff.inject({ method: 'GET', url: '/api/v1/places/communes?q=%20' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fieldErrors).toEqual({ q: 'Vui lòng nhập tên xã, phường' });
    const province = await staff.inject({ method: 'GET', url: '/api/v1/places/communes?q=a&province=3' });
    expect(province.json().fieldErrors).toEqual({ province: 'Mã tỉnh gồm 2 chữ số' });
    const limit = await staff.inject({ method: 'GET', url: '/api/v1/places/communes?q=a&limit=51' });
    expect(limit.json().fieldErrors).toEqual({ limit: 'Số kết quả từ 1 đến 50' });
  });
});

describe('POST /places/resolve', () => {
  it('maps the legacy address of the issue to Xã Quang Lịch (13132), Hưng Yên', async () => {
    const r = await resolve('Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình');
    expect(r.status).toBe('matched');
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.match).toMatchObject({
      code: '13132',
      name: 'Xã Quang Lịch',
      provinceCode: '33',
      provinceName: 'Hưng Yên',
      legacy: { name: 'Xã Vũ Lễ', district: 'Huyện Kiến Xương', province: 'Tỉnh Thái Bình' },
    });
    expect(r.parsed).toEqual({
      commune: 'Xã Vũ Lễ',
      district: 'Huyện Kiến Xương',
      province: 'Tỉnh Thái Bình',
    });
  });

  it('reads it without marks, with abbreviations, without commas', async () => {
    for (const address of [
      'X. Vu Le, H. Kien Xuong, T. Thai Binh',
      'xa vu le huyen kien xuong tinh thai binh',
      'Thôn 3, Xã Vũ Lễ Huyện Kiến Xương Tỉnh Thái Bình',
      'Vũ Lễ, Kiến Xương, Thái Bình',
      'XÃ VŨ LỄ - H.KIẾN XƯƠNG - T.THÁI BÌNH',
    ]) {
      const r = await resolve(address);
      expect({ address, status: r.status, code: r.match?.code }).toEqual({
        address,
        status: 'matched',
        code: '13132',
      });
      expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('still matches when the province is missing', async () => {
    const r = await resolve('Xã Vũ Lễ, Huyện Kiến Xương');
    expect(r.status).toBe('matched');
    expect(r.match?.code).toBe('13132');
    expect(r.parsed.province).toBeNull();
  });

  it('accepts the new province after an old commune', async () => {
    const r = await resolve('Xã Vũ Lễ, Tỉnh Hưng Yên');
    expect(r.match?.code).toBe('13132');
  });

  it('lists both places when the commune name alone exists in two old provinces', async () => {
    const r = await resolve('Xã Vũ Lễ');
    expect(r.status).toBe('ambiguous');
    expect(r.match).toBeNull();
    expect(r.confidence).toBeLessThanOrEqual(0.5);
    expect(r.alternatives.map((a) => a.code).sort()).toEqual(['06364', '13132']);
    const oldProvinces = new Set(r.alternatives.map((a) => a.legacy?.province));
    expect(oldProvinces).toEqual(new Set(['Tỉnh Thái Bình', 'Tỉnh Lạng Sơn']));
  });

  it('lets the tenant province pick the only candidate inside it, but not a confident match', async () => {
    const r = await resolve('Xã Vũ Lễ', '33');
    expect(r.status).toBe('matched');
    expect(r.match?.code).toBe('13132');
    expect(r.confidence).toBeLessThanOrEqual(0.7);
  });

  it('lists the new communes of an old commune that was split', async () => {
    for (const hint of [undefined, '80']) {
      const r = await resolve('Xã Tân Hòa, Huyện Bến Lức, Tỉnh Long An', hint);
      expect(r.status).toBe('ambiguous');
      const split = r.alternatives.filter((a) => a.legacy?.district === 'Huyện Bến Lức');
      expect(split.map((a) => a.name).sort()).toEqual(['Xã Bến Lức', 'Xã Lương Hòa']);
    }
  });

  it('matches an address already written in the new form', async () => {
    for (const address of ['Xã Quang Lịch, Tỉnh Hưng Yên', 'Quang Lich, Hung Yen']) {
      const r = await resolve(address);
      expect(r.status).toBe('matched');
      expect(r.match).toMatchObject({ code: '13132' });
      expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('treats "Hoà" and "Hòa" alike on both sides', async () => {
    // The data writes this province "Tỉnh Hoà Bình" and its city "Thành phố Hòa Bình".
    for (const address of [
      'Phường Hữu Nghị, Thành phố Hòa Bình, Tỉnh Hòa Bình',
      'P. Hữu Nghị, TP Hoà Bình, T. Hoà Bình',
    ]) {
      const r = await resolve(address);
      expect(r.status).toBe('matched');
      expect(r.match).toMatchObject({ code: '04795', name: 'Phường Hòa Bình', provinceName: 'Phú Thọ' });
    }
    const hcm = await resolve('Phường Bình Hưng Hòa A, Quận Bình Tân, TP HCM');
    expect(hcm.match).toMatchObject({ code: '27439', legacy: { name: 'Phường Bình Hưng Hoà A' } });
  });

  it('tells two current communes that differ only in marks apart by the marks written', async () => {
    const exact = await resolve('Xã Văn Lăng, Tỉnh Thái Nguyên');
    expect(exact.status).toBe('matched');
    expect(exact.match?.name).toBe('Xã Văn Lăng');
    const bare = await resolve('Xa Van Lang, Tinh Thai Nguyen');
    expect(bare.status).toBe('ambiguous');
  });

  it('matches names that differ only in punctuation', async () => {
    const r = await resolve('Xã Cu Mgar, Huyện Cư M’gar, Tỉnh Đắk Lắk');
    expect(r.status).toBe('matched');
    expect(r.match?.name).toBe('Xã Cư M’gar');
  });

  it('refuses a match when the text contradicts itself', async () => {
    const r = await resolve('Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Lạng Sơn');
    expect(r.status).toBe('ambiguous');
    expect(r.match).toBeNull();
  });

  it('answers not_found for garbage, with suggestions for a misspelling', async () => {
    const garbage = await resolve('asdf qwer zxcv');
    expect(garbage).toMatchObject({ status: 'not_found', confidence: 0, match: null, alternatives: [] });
    const typo = await resolve('Xã Quang Lic, Hưng Yên');
    expect(typo.status).toBe('not_found');
    expect(typo.alternatives[0]?.code).toBe('13132');
  });

  it('refuses an empty or oversized address in Vietnamese', async () => {
    const post = (payload: Record<string, string>) =>
      staff.inject({ method: 'POST', url: '/api/v1/places/resolve', payload });
    const empty = await post({ address: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fieldErrors).toEqual({ address: 'Vui lòng nhập địa chỉ' });
    const long = await post({ address: 'Xã Vũ Lễ '.repeat(60) });
    expect(long.statusCode).toBe(400);
    expect(long.json().fieldErrors).toEqual({ address: 'Địa chỉ tối đa 500 ký tự' });
    const hint = await post({ address: 'Xã Vũ Lễ', provinceCode: 'TB' });
    expect(hint.json().fieldErrors).toEqual({ provinceCode: 'Mã tỉnh gồm 2 chữ số' });
  });
});

describe('access', () => {
  it('answers 401 without a session', async () => {
    for (const req of [
      { method: 'GET' as const, url: '/api/v1/places/provinces' },
      { method: 'GET' as const, url: '/api/v1/places/communes?q=quang' },
      { method: 'POST' as const, url: '/api/v1/places/resolve', payload: { address: 'Xã Vũ Lễ' } },
    ]) {
      const res = await t.app.inject(req);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a resolve without the CSRF token', async () => {
    const res = await staff.inject({
      method: 'POST',
      url: '/api/v1/places/resolve',
      payload: { address: 'Xã Vũ Lễ' },
      csrf: false,
    });
    expect(res.statusCode).toBe(403);
  });
});

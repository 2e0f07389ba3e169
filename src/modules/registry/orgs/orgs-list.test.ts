import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { OrgDto, OrgSummary } from './orgs.dto.ts';
import { insertRating, insertReport } from './orgs-test.repo.ts';
import { createOrg } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let officer: StaffClient;
const orgs = {} as Record<'hoaBinh' | 'hoaBinhNew' | 'tht' | 'union', OrgDto>;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn((await t.addUser('can_bo')).email);
  orgs.hoaBinh = await createOrg(officer, {
    name: 'Hợp tác xã Hòa Bình',
    shortName: 'HTX Hòa Bình',
    representativeName: 'Lê Văn Đức',
    registeredOn: '2018-01-15',
    foundedOn: null,
  });
  orgs.hoaBinhNew = await createOrg(officer, {
    name: 'Hợp tác xã Hoà Bình Xanh',
    registeredOn: '2023-06-01',
    foundedOn: null,
    allianceMemberSince: null,
  });
  orgs.tht = await createOrg(officer, {
    kind: 'THT',
    regCode: null,
    name: 'Tổ hợp tác Đánh bắt Thủy sản',
    sectorPrimary: 'thuy_san',
    sectorsOther: [],
    communeCode: '13132',
    registeredOn: null,
    allianceMemberSince: null,
  });
  orgs.union = await createOrg(officer, {
    kind: 'LHHTX',
    name: 'Liên hiệp Hợp tác xã Anh Đào',
    sectorPrimary: 'thuong_mai_dich_vu',
    sectorsOther: ['nong_nghiep'],
    status: 'tam_ngung',
    registeredOn: '2015-03-03',
    foundedOn: null,
    allianceMemberUntil: '2024-12-31',
  });
  await insertRating(t.database.db, t.tenant.id, orgs.hoaBinh.id, 2025, 'tot', 85);
  await insertRating(t.database.db, t.tenant.id, orgs.union.id, 2025, 'kha', 70);
  await insertRating(t.database.db, t.tenant.id, orgs.union.id, 2024, 'tot', 90);
  await insertReport(t.database.db, t.tenant.id, orgs.hoaBinh.id, 2025, 'da_duyet');
  await insertReport(t.database.db, t.tenant.id, orgs.union.id, 2025, 'da_nop');
  await insertReport(t.database.db, t.tenant.id, orgs.tht.id, 2025, 'tra_lai');
});
afterAll(async () => t.close());

async function list(
  query: string,
): Promise<{ items: OrgSummary[]; total: number; page: number; pageSize: number }> {
  const res = await officer.inject({ method: 'GET', url: `/api/v1/orgs?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const names = async (query: string) => (await list(query)).items.map((o) => o.name);

describe('organisation list', () => {
  it('sorts by folded name by default, with commune names and membership', async () => {
    const page = await list('');
    expect(page.items.map((o) => o.name)).toEqual([
      'Hợp tác xã Hòa Bình',
      'Hợp tác xã Hoà Bình Xanh',
      'Liên hiệp Hợp tác xã Anh Đào',
      'Tổ hợp tác Đánh bắt Thủy sản',
    ]);
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      communeName: 'Phường Hòa Bình',
      provinceName: 'Phú Thọ',
      membership: 'thanh_vien',
    });
    expect(page.items[2]).toMatchObject({ membership: 'da_rut' });
    expect(page.items[3]).toMatchObject({ membership: 'chua' });
  });

  it('searches without diacritics, across tone placements, codes and representatives', async () => {
    expect(await names(`q=${encodeURIComponent('hop tac xa hoa binh')}`)).toEqual([
      'Hợp tác xã Hòa Bình',
      'Hợp tác xã Hoà Bình Xanh',
    ]);
    expect(await names(`q=${encodeURIComponent('Hoà Bình')}`)).toHaveLength(2);
    expect(await names(`q=${encodeURIComponent('HÒA BÌNH XANH')}`)).toEqual(['Hợp tác xã Hoà Bình Xanh']);
    expect(await names(`q=${encodeURIComponent('le van duc')}`)).toEqual(['Hợp tác xã Hòa Bình']);
    expect(await names(`q=${orgs.union.regCode}`)).toEqual(['Liên hiệp Hợp tác xã Anh Đào']);
    expect(await names(`q=${encodeURIComponent('danh bat')}`)).toEqual(['Tổ hợp tác Đánh bắt Thủy sản']);
    expect(await names(`q=${encodeURIComponent('100%')}`)).toEqual([]);
  });

  it('filters by kind (repeated or comma-joined), sector, commune, status and membership', async () => {
    expect(await names('kind=THT&kind=LHHTX')).toEqual([
      'Liên hiệp Hợp tác xã Anh Đào',
      'Tổ hợp tác Đánh bắt Thủy sản',
    ]);
    expect(await names('kind=THT,LHHTX')).toHaveLength(2);
    // A secondary sector counts too.
    expect(await names('sector=nong_nghiep')).toEqual([
      'Hợp tác xã Hòa Bình',
      'Hợp tác xã Hoà Bình Xanh',
      'Liên hiệp Hợp tác xã Anh Đào',
    ]);
    expect(await names('communeCode=13132')).toEqual(['Tổ hợp tác Đánh bắt Thủy sản']);
    expect(await names('status=tam_ngung')).toEqual(['Liên hiệp Hợp tác xã Anh Đào']);
    expect(await names('membership=thanh_vien')).toEqual(['Hợp tác xã Hòa Bình']);
    expect(await names('membership=chua')).toEqual([
      'Hợp tác xã Hoà Bình Xanh',
      'Tổ hợp tác Đánh bắt Thủy sản',
    ]);
    expect(await names('membership=da_rut')).toEqual(['Liên hiệp Hợp tác xã Anh Đào']);
  });

  it('filters by rating of a year and by report state of a year', async () => {
    expect(await names('rating=tot&ratingYear=2025')).toEqual(['Hợp tác xã Hòa Bình']);
    expect(await names('rating=tot&ratingYear=2024')).toEqual(['Liên hiệp Hợp tác xã Anh Đào']);
    expect(await names('reportedYear=2025')).toEqual(['Hợp tác xã Hòa Bình', 'Liên hiệp Hợp tác xã Anh Đào']);
    expect(await names('reportedYear=2025&reportStatus=tra_lai')).toEqual(['Tổ hợp tác Đánh bắt Thủy sản']);
    // "Not submitted" includes organisations with no report at all (a returned one is "trả lại").
    expect(await names('reportedYear=2025&reportStatus=chua_nop')).toEqual(['Hợp tác xã Hoà Bình Xanh']);
    const bad = await officer.inject({ method: 'GET', url: '/api/v1/orgs?rating=tot' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors).toEqual({ ratingYear: 'Vui lòng chọn năm xếp loại' });
  });

  it('sorts by each column both ways, and pages', async () => {
    expect(await names('sort=registeredOn&direction=desc')).toEqual([
      'Hợp tác xã Hoà Bình Xanh',
      'Hợp tác xã Hòa Bình',
      'Liên hiệp Hợp tác xã Anh Đào',
      'Tổ hợp tác Đánh bắt Thủy sản',
    ]);
    expect(await names('sort=kind')).toEqual([
      'Hợp tác xã Hòa Bình',
      'Hợp tác xã Hoà Bình Xanh',
      'Liên hiệp Hợp tác xã Anh Đào',
      'Tổ hợp tác Đánh bắt Thủy sản',
    ]);
    expect((await names('sort=status&direction=desc'))[0]).toBe('Liên hiệp Hợp tác xã Anh Đào');
    expect((await names('sort=createdAt&direction=desc'))[0]).toBe('Liên hiệp Hợp tác xã Anh Đào');
    const second = await list('pageSize=3&page=2');
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((o) => o.name)).toEqual(['Tổ hợp tác Đánh bắt Thủy sản']);
    const tooBig = await officer.inject({ method: 'GET', url: '/api/v1/orgs?pageSize=101' });
    expect(tooBig.json().fieldErrors).toEqual({ pageSize: 'Số dòng mỗi trang từ 1 đến 100' });
  });

  it('shows the latest rating on the detail', async () => {
    const res = await officer.inject({ method: 'GET', url: `/api/v1/orgs/${orgs.union.id}` });
    expect(res.json().latestRating).toEqual({ year: 2025, grade: 'kha', score: 70 });
  });
});

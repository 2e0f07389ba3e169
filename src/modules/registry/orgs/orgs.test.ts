import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { OrgDto } from './orgs.dto.ts';
import { countOrgRows, findOrgSearchEntry } from './orgs-test.repo.ts';
import { createOrg, editOf, nextRegCode, orgPayload } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let admin: StaffClient;
let officer: StaffClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn((await t.addUser('quan_tri')).email);
  officer = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => t.close());

const put = (client: StaffClient, org: OrgDto, changes: Record<string, unknown> = {}) =>
  client.inject({ method: 'PUT', url: `/api/v1/orgs/${org.id}`, payload: editOf(org, changes) });

describe('organisation CRUD', () => {
  it('creates an organisation with slug, commune names, status history, search entry and audit', async () => {
    const res = await officer.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: orgPayload({
        name: '  Hợp tác xã   Nông nghiệp Đồng Tâm ',
        regCode: '0101 234 567',
        statusSince: '2019-06-01',
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const org = res.json() as OrgDto;
    expect(org).toMatchObject({
      name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
      slug: 'hop-tac-xa-nong-nghiep-dong-tam',
      url: '/hop-tac-xa/hop-tac-xa-nong-nghiep-dong-tam',
      regCode: '0101234567',
      communeCode: '04795',
      communeName: 'Phường Hòa Bình',
      provinceName: 'Phú Thọ',
      provinceCode: '25',
      privatePhone: '0912 345 678',
      membership: 'thanh_vien',
      status: 'dang_hoat_dong',
      statusSince: '2019-06-01',
      version: 1,
      latestRating: null,
    });
    const got = await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}` });
    expect(got.json()).toEqual(org);

    const history = (
      await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/status-history` })
    ).json();
    expect(history.items).toMatchObject([{ status: 'dang_hoat_dong', since: '2019-06-01' }]);

    const entry = await findOrgSearchEntry(t.database.db, t.tenant.id, org.id);
    expect(entry).toMatchObject({ url: org.url, title: 'Hợp tác xã Nông nghiệp Đồng Tâm' });
    expect(entry?.body).toContain('0101234567');
    expect(entry?.summary).toContain('Phường Hòa Bình');
    // Private contacts and notes never reach the public index.
    expect(JSON.stringify(entry)).not.toMatch(/0912 345 678|rieng@example\.vn|Trần Thị Riêng|Ghi chú nội bộ/);

    const trail = (await admin.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/history` })).json();
    expect(trail.items[0]).toMatchObject({ action: 'org.create', entity: 'org', after: { name: org.name } });
  });

  it('gives a second organisation of the same name the next free slug', async () => {
    const first = await createOrg(officer, { name: 'Hợp tác xã Tân Tiến' });
    const second = await createOrg(officer, { name: 'Hợp Tác Xã Tân Tiến' });
    expect(first.slug).toBe('hop-tac-xa-tan-tien');
    expect(second.slug).toBe('hop-tac-xa-tan-tien-2');
  });

  it('updates, bumps the version, appends a status change with its date, and moves the search entry with the slug', async () => {
    const org = await createOrg(officer, { statusSince: '2020-01-01' });
    const res = await put(officer, org, {
      name: 'Hợp tác xã Đổi Tên',
      slug: 'htx-doi-ten',
      status: 'tam_ngung',
      statusSince: '2025-07-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Hợp tác xã Đổi Tên',
      slug: 'htx-doi-ten',
      status: 'tam_ngung',
      version: 2,
    });
    const history = (
      await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/status-history` })
    ).json();
    expect(history.items.map((h: { status: string; since: string }) => [h.status, h.since])).toEqual([
      ['tam_ngung', '2025-07-01'],
      ['dang_hoat_dong', '2020-01-01'],
    ]);
    const entry = await findOrgSearchEntry(t.database.db, t.tenant.id, org.id);
    expect(entry).toMatchObject({ url: '/hop-tac-xa/htx-doi-ten', title: 'Hợp tác xã Đổi Tên' });
    const trail = (await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/history` })).json();
    expect(trail.items[0]).toMatchObject({
      action: 'org.update',
      before: { status: 'dang_hoat_dong' },
      after: { status: 'tam_ngung' },
    });
  });

  it('corrects the date of the current status in place, and keeps it when sent empty', async () => {
    const org = await createOrg(officer, { statusSince: '2020-01-01' });
    const corrected = await put(officer, org, { statusSince: '2020-02-15' });
    expect(corrected.json().statusSince).toBe('2020-02-15');
    const kept = await put(officer, corrected.json(), { statusSince: null });
    expect(kept.json().statusSince).toBe('2020-02-15');
    const history = (
      await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/status-history` })
    ).json();
    expect(history.items).toMatchObject([{ status: 'dang_hoat_dong', since: '2020-02-15' }]);
    expect(history.items).toHaveLength(1);
  });

  it('documents the routes in OpenAPI under the registry tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of [
      '/api/v1/orgs',
      '/api/v1/orgs/{id}',
      '/api/v1/orgs/export.xlsx',
      '/api/v1/orgs/{id}/merge',
    ]) {
      const ops = Object.values(doc.paths[path] ?? {}) as { tags?: string[] }[];
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) expect(op.tags).toEqual(['registry']);
    }
  });

  it('asks for the date of a new status, not before the previous one', async () => {
    const org = await createOrg(officer, { statusSince: '2022-03-01' });
    const missing = await put(officer, org, { status: 'giai_the' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fieldErrors.statusSince).toMatch(/ngày bắt đầu/);
    const early = await put(officer, org, { status: 'giai_the', statusSince: '2021-01-01' });
    expect(early.json().fieldErrors.statusSince).toContain('01/03/2022');
  });

  it('dissolving removes the organisation from site search', async () => {
    const org = await createOrg(officer);
    expect(await findOrgSearchEntry(t.database.db, t.tenant.id, org.id)).toBeDefined();
    const res = await put(officer, org, { status: 'giai_the', statusSince: '2025-12-31' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await findOrgSearchEntry(t.database.db, t.tenant.id, org.id)).toBeUndefined();
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const org = await createOrg(officer);
    expect((await put(officer, org, { shortName: 'Lần 1' })).statusCode).toBe(200);
    const stale = await put(admin, org, { shortName: 'Lần 2' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const now = (await officer.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}` })).json();
    expect(now).toMatchObject({ shortName: 'Lần 1', version: 2 });
  });

  it('deletes (quan_tri only) with its search entry', async () => {
    const org = await createOrg(officer);
    expect((await officer.inject({ method: 'DELETE', url: `/api/v1/orgs/${org.id}` })).statusCode).toBe(403);
    expect((await admin.inject({ method: 'DELETE', url: `/api/v1/orgs/${org.id}` })).statusCode).toBe(204);
    expect((await admin.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}` })).statusCode).toBe(404);
    expect(await findOrgSearchEntry(t.database.db, t.tenant.id, org.id)).toBeUndefined();
  });
});

describe('validation', () => {
  it('names each wrong field in Vietnamese and writes nothing', async () => {
    const before = await countOrgRows(t.database.db, t.tenant.id);
    const res = await officer.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: orgPayload({
        kind: 'XYZ',
        name: '',
        regCode: 'ab',
        latitude: 123,
        registeredOn: '20/05/2019',
        publicEmail: 'không-phải-email',
        website: 'htx.vn',
      }),
    });
    expect(res.statusCode).toBe(400);
    const { fieldErrors } = res.json();
    expect(fieldErrors).toMatchObject({
      kind: 'Loại hình tổ chức không hợp lệ',
      name: expect.stringContaining('tên tổ chức'),
      regCode: expect.stringContaining('Mã số HTX/mã số thuế'),
      latitude: 'Vĩ độ từ -90 đến 90',
      registeredOn: expect.stringContaining('Ngày đăng ký không hợp lệ'),
      publicEmail: 'Email công khai không hợp lệ',
      website: expect.stringContaining('http'),
    });
    expect(await countOrgRows(t.database.db, t.tenant.id)).toBe(before);
  });

  it('checks rules across fields and the commune against the places list', async () => {
    const res = await officer.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: orgPayload({
        regCode: null,
        longitude: null,
        sectorsOther: ['nong_nghiep'],
        allianceMemberSince: '2021-01-01',
        allianceMemberUntil: '2020-01-01',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toMatchObject({
      regCode: expect.stringContaining('chỉ tổ hợp tác được để trống'),
      longitude: 'Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai',
      sectorsOther: 'Lĩnh vực khác không được trùng lĩnh vực chính',
      allianceMemberUntil: 'Ngày rút không được trước ngày kết nạp',
    });
    const commune = await officer.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: orgPayload({ communeCode: '99999' }),
    });
    expect(commune.statusCode).toBe(400);
    expect(commune.json().fieldErrors).toEqual({ communeCode: 'Không tìm thấy xã, phường có mã 99999' });
  });

  it('keeps registration codes unique per tenant, naming the holder; a THT may have none', async () => {
    const code = nextRegCode();
    const holder = await createOrg(officer, { regCode: code, name: 'Hợp tác xã Giữ Mã' });
    const dup = await officer.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: orgPayload({ regCode: code }),
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fieldErrors).toEqual({ regCode: `Mã số ${code} đã được dùng cho Hợp tác xã Giữ Mã` });

    const other = await createOrg(officer);
    const taken = await put(officer, other, { regCode: code });
    expect(taken.json().fieldErrors.regCode).toContain('Hợp tác xã Giữ Mã');
    // Saving the holder with its own code is fine.
    expect((await put(officer, holder, { shortName: 'Giữ' })).statusCode).toBe(200);

    const tht1 = await createOrg(officer, { kind: 'THT', regCode: null, name: 'Tổ hợp tác Rau sạch' });
    const tht2 = await createOrg(officer, { kind: 'THT', regCode: null, name: 'Tổ hợp tác Chè xanh' });
    expect([tht1.regCode, tht2.regCode]).toEqual([null, null]);
  });
});

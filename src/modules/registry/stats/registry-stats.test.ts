import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Role } from '../../../core/auth/roles.ts';
import type { Ctx } from '../../../core/context.ts';
import { addSecondTenant } from '../../media/second-tenant.fixture.ts';
import { addOrg, communesNamed, registryCtx } from '../directory/registry-test-kit.fixture.ts';
import { mergeOrganizations } from '../orgs/org-merge.service.ts';
import { type OrgDto, OrgUpdateInput } from '../orgs/orgs.dto.ts';
import { updateOrganization } from '../orgs/orgs.service.ts';
import type { RegistryStats, StatsCount } from './registry-stats.dto.ts';
import { insertTestFigures, insertTestRating } from './registry-stats-test.repo.ts';

// The test clock stands at 02/03/2026: 2026 is the current year, 2025 a closed one.

let t: TestApp;
let staff: Ctx;
let sonLaId: string;
let sonLaReader: StaffClient;
let c1: { code: string; name: string };
let c2: { code: string; name: string };
const clients = new Map<Role, StaffClient>();

async function as(role: Role): Promise<StaffClient> {
  const known = clients.get(role);
  if (known) return known;
  const client = await t.signIn((await t.addUser(role)).email);
  clients.set(role, client);
  return client;
}

const edit = (org: OrgDto, changes: Partial<OrgUpdateInput>) =>
  updateOrganization(staff, org.id, OrgUpdateInput.parse({ ...org, ...changes, version: org.version }));

async function stats(qs: string, role: Role = 'can_bo'): Promise<RegistryStats> {
  const res = await (await as(role)).inject({ method: 'GET', url: `/api/v1/registry/stats?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as RegistryStats;
}

const counts = (items: StatsCount[]) => Object.fromEntries(items.map((i) => [i.key, i.count]));

beforeAll(async () => {
  t = await createTestApp();
  staff = await registryCtx(t, 'can_bo');
  const communes = await communesNamed(staff, 'Chiềng', '14', 2);
  c1 = communes[0] as typeof c1;
  c2 = communes[1] as typeof c2;
  const db = t.database.db;
  const tenant = t.tenant.id;

  const a = await addOrg(staff, {
    name: 'HTX A',
    foundedOn: '2024-05-01',
    statusSince: '2024-05-01',
    sectorPrimary: 'nong_nghiep',
    communeCode: c1.code,
    allianceMemberSince: '2020-01-01',
  });
  const b = await addOrg(staff, {
    name: 'HTX B',
    foundedOn: '2025-02-01',
    sectorPrimary: 'van_tai',
    communeCode: c1.code,
  });
  await addOrg(staff, { name: 'THT C', kind: 'THT', foundedOn: '2025-06-01', communeCode: c2.code });
  const d = await addOrg(staff, {
    name: 'QTDND D',
    kind: 'QTDND',
    registeredOn: '2018-01-01',
    sectorPrimary: 'tin_dung',
    allianceMemberSince: '2019-01-01',
    allianceMemberUntil: '2024-06-30',
  });
  // Paused after 2025 ended: 2025 still counts it as active, 2026 as paused.
  await edit(d, { status: 'tam_ngung', statusSince: '2026-01-10' });
  await addOrg(staff, { name: 'HTX E', foundedOn: '2026-01-05', communeCode: c2.code });
  // Dissolved before 2025: gone from 2025, present (dissolved) in 2024.
  const f = await addOrg(staff, { name: 'HTX F', foundedOn: '2010-01-01', statusSince: '2010-01-01' });
  await edit(f, { status: 'giai_the', statusSince: '2024-03-01' });
  // A duplicate merged into A: neither it nor its figures count.
  const g = await addOrg(staff, { name: 'HTX G', foundedOn: '2025-03-01' });
  await mergeOrganizations(staff, g.id, a.id);
  await insertTestFigures(db, tenant, g.id, 2025, { tv_chinh_thuc: 100 });

  await insertTestFigures(db, tenant, a.id, 2025, {
    tv_chinh_thuc: 10,
    lao_dong: 20,
    von_dieu_le: 1_000_000_000,
    doanh_thu: 5_000_000_000,
  });
  await insertTestFigures(db, tenant, a.id, 2024, { tv_chinh_thuc: 8, doanh_thu: 3_000_000_000 });
  await insertTestFigures(db, tenant, b.id, 2025, {
    tv_chinh_thuc: 7,
    von_dieu_le: 500_000_000,
    doanh_thu: 2_000_000_000,
  });
  await insertTestRating(db, tenant, a.id, 2025, 'tot');
  await insertTestRating(db, tenant, b.id, 2025, 'kha');

  const second = await addSecondTenant(t);
  sonLaId = second.tenantId;
  const sonLa = await registryCtx(t, 'can_bo', sonLaId);
  const h = await addOrg(sonLa, { name: 'HTX Sơn La', foundedOn: '2025-09-09', communeCode: c1.code });
  await insertTestFigures(db, sonLaId, h.id, 2025, { tv_chinh_thuc: 50 });
  sonLaReader = await t.signIn((await t.addUser('lanh_dao', { tenantId: sonLaId })).email);
}, 90_000);
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/registry/stats', () => {
  it('counts the organisations that existed during a closed year by every dimension', async () => {
    const s = await stats('year=2025');
    expect(s.year).toBe(2025);
    expect(s.scope).toBe('tenant');
    expect(s.total).toBe(4);
    expect(s.byKind).toEqual([
      { key: 'THT', label: 'Tổ hợp tác', count: 1 },
      { key: 'HTX', label: 'Hợp tác xã', count: 2 },
      { key: 'LHHTX', label: 'Liên hiệp hợp tác xã', count: 0 },
      { key: 'QTDND', label: 'Quỹ tín dụng nhân dân', count: 1 },
      { key: 'DN', label: 'Doanh nghiệp thành viên', count: 0 },
    ]);
    expect(counts(s.bySector)).toMatchObject({
      nong_nghiep: 1,
      van_tai: 1,
      tin_dung: 1,
      khac: 1,
      du_lich: 0,
    });
    expect(counts(s.byStatus)).toEqual({
      dang_hoat_dong: 4,
      tam_ngung: 0,
      giai_the: 0,
      hinh_thuc: 0,
      yeu_kem: 0,
    });
    expect(s.byCommune).toEqual([
      { key: c1.code, label: c1.name, count: 2 },
      { key: c2.code, label: c2.name, count: 1 },
      { key: 'chua_xac_dinh', label: 'Chưa xác định địa bàn', count: 1 },
    ]);
    expect(s.byProvince).toEqual([
      { key: '14', label: 'Sơn La', count: 3 },
      { key: 'chua_xac_dinh', label: 'Chưa xác định địa bàn', count: 1 },
    ]);
    expect(s.byRating).toEqual([
      { key: 'tot', label: 'Tốt', count: 1 },
      { key: 'kha', label: 'Khá', count: 1 },
      { key: 'trung_binh', label: 'Trung bình', count: 0 },
      { key: 'yeu', label: 'Yếu', count: 0 },
      { key: 'khong_xep_loai', label: 'Không xếp loại', count: 0 },
      { key: 'chua_danh_gia', label: 'Chưa đánh giá', count: 1 },
    ]);
    expect(counts(s.byMembership)).toEqual({ thanh_vien: 1, chua: 2, da_rut: 1 });
    expect(s.byTenant).toEqual([]);
  });

  it('compares new organisations with the year before and totals the year’s figures exactly', async () => {
    const s = await stats('year=2025');
    expect(s.newOrgs.count).toBe(2);
    expect(s.newOrgs.previous).toBe(1);
    expect(s.newOrgs.rows.find((r) => r.key === 'HTX')).toEqual({
      key: 'HTX',
      label: 'Hợp tác xã',
      count: 1,
      previous: 1,
    });
    expect(s.newOrgs.rows.find((r) => r.key === 'THT')).toMatchObject({ count: 1, previous: 0 });
    const fig = Object.fromEntries(s.figures.map((f) => [f.code, f]));
    expect(s.figures.map((f) => f.code)).toEqual([
      'tv_chinh_thuc',
      'lao_dong',
      'von_dieu_le',
      'tong_tai_san',
      'doanh_thu',
      'loi_nhuan_truoc_thue',
    ]);
    expect(fig.tv_chinh_thuc).toEqual({
      code: 'tv_chinh_thuc',
      label: 'Thành viên chính thức',
      unit: 'người',
      total: 17,
      reporting: 2,
    });
    expect(fig.doanh_thu).toEqual({
      code: 'doanh_thu',
      label: 'Doanh thu',
      unit: 'đồng',
      total: 7_000_000_000,
      reporting: 2,
    });
    expect(fig.von_dieu_le).toMatchObject({ total: 1_500_000_000, reporting: 2 });
    expect(fig.lao_dong).toMatchObject({ total: 20, reporting: 1 });
    expect(fig.loi_nhuan_truoc_thue).toMatchObject({ total: 0, reporting: 0 });
  });

  it('follows the chosen year: founding, dissolution, status at the year end, membership', async () => {
    const now = await stats('');
    expect(now.year).toBe(2026);
    expect(now.total).toBe(5);
    expect(counts(now.byStatus)).toMatchObject({ dang_hoat_dong: 4, tam_ngung: 1 });
    expect(counts(now.byRating)).toMatchObject({ tot: 0, kha: 0, chua_danh_gia: 4 });
    expect(now.newOrgs).toMatchObject({ count: 1, previous: 2 });
    const before = await stats('year=2024');
    expect(before.total).toBe(3);
    expect(counts(before.byKind)).toMatchObject({ HTX: 2, QTDND: 1, THT: 0 });
    expect(counts(before.byStatus)).toMatchObject({ dang_hoat_dong: 2, giai_the: 1 });
    expect(counts(before.byMembership)).toEqual({ thanh_vien: 1, chua: 1, da_rut: 1 });
    expect(before.figures.find((f) => f.code === 'tv_chinh_thuc')).toMatchObject({ total: 8, reporting: 1 });
    expect(before.figures.find((f) => f.code === 'doanh_thu')).toMatchObject({ total: 3_000_000_000 });
  });

  it('names the top communes and folds the rest into one bar', async () => {
    const s = await stats('year=2025&top=1');
    expect(s.byCommune).toEqual([
      { key: c1.code, label: c1.name, count: 2 },
      { key: 'khac', label: 'Các xã, phường khác', count: 1 },
      { key: 'chua_xac_dinh', label: 'Chưa xác định địa bàn', count: 1 },
    ]);
  });

  it('counts only the reader’s alliance', async () => {
    const res = await sonLaReader.inject({ method: 'GET', url: '/api/v1/registry/stats?year=2025' });
    expect(res.statusCode).toBe(200);
    const s = res.json() as RegistryStats;
    expect(s.total).toBe(1);
    expect(s.figures.find((f) => f.code === 'tv_chinh_thuc')?.total).toBe(50);
  });

  it('adds every alliance up for the national alliance only (scope=all)', async () => {
    const s = await stats('year=2025&scope=all', 'lanh_dao');
    expect(s.scope).toBe('all');
    expect(s.total).toBe(5);
    expect(s.figures.find((f) => f.code === 'tv_chinh_thuc')).toMatchObject({ total: 67, reporting: 3 });
    expect(s.byTenant).toEqual([
      { key: t.tenant.id, label: t.tenant.name, count: 4 },
      { key: sonLaId, label: 'Liên minh Hợp tác xã tỉnh Sơn La', count: 1 },
    ]);
    expect(s.byCommune[0]).toEqual({ key: c1.code, label: `${c1.name}, Sơn La`, count: 3 });
    const refused = await sonLaReader.inject({ method: 'GET', url: '/api/v1/registry/stats?scope=all' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('Liên minh Hợp tác xã Việt Nam');
  });

  it('is for quan_tri, can_bo and lanh_dao only', async () => {
    for (const role of ['quan_tri', 'can_bo', 'lanh_dao'] as const) {
      const res = await (await as(role)).inject({ method: 'GET', url: '/api/v1/registry/stats' });
      expect(res.statusCode, role).toBe(200);
    }
    for (const role of ['thanh_vien', 'bien_tap', 'cong_tac_vien'] as const) {
      for (const url of ['/api/v1/registry/stats', '/api/v1/registry/stats/kind.xlsx']) {
        const res = await (await as(role)).inject({ method: 'GET', url });
        expect(res.statusCode, `${role} ${url}`).toBe(403);
      }
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/registry/stats' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a malformed year, scope or commune count with a Vietnamese message', async () => {
    const reader = await as('can_bo');
    for (const [qs, field, message] of [
      ['year=abc', 'year', 'Năm thống kê phải là số'],
      ['year=1800', 'year', 'Năm thống kê từ 1990 đến 2100'],
      ['year=2025.5', 'year', 'Năm thống kê phải là số nguyên'],
      ['scope=moi', 'scope', 'Phạm vi thống kê không hợp lệ'],
      ['top=0', 'top', 'Số xã, phường hiển thị từ 1 đến 50'],
    ] as const) {
      const res = await reader.inject({ method: 'GET', url: `/api/v1/registry/stats?${qs}` });
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().fieldErrors?.[field], qs).toBe(message);
    }
  });
});

describe('GET /api/v1/registry/stats/:chart.xlsx', () => {
  async function workbook(url: string, role: Role = 'lanh_dao') {
    const res = await (await as(role)).inject({ method: 'GET', url });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { res, sheet, rows };
  }

  it('gives one chart’s data with Vietnamese headers, numbers as numbers and a total row', async () => {
    const { res, sheet, rows } = await workbook('/api/v1/registry/stats/kind.xlsx?year=2025');
    expect(res.headers['content-disposition']).toBe('attachment; filename="thong-ke-kind-2025.xlsx"');
    expect(sheet.name).toBe('Theo loại hình — năm 2025');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows).toEqual([
      ['Loại hình', 'Số tổ chức'],
      ['Tổ hợp tác', 1],
      ['Hợp tác xã', 2],
      ['Liên hiệp hợp tác xã', 0],
      ['Quỹ tín dụng nhân dân', 1],
      ['Doanh nghiệp thành viên', 0],
      ['Tổng cộng', 4],
    ]);
  });

  it('exports the new-organisation comparison and the figure totals', async () => {
    const news = await workbook('/api/v1/registry/stats/new-orgs.xlsx?year=2025');
    expect(news.rows[0]).toEqual(['Loại hình', 'Năm 2025', 'Năm 2024', 'Tăng (+), giảm (−)']);
    expect(news.rows.at(-1)).toEqual(['Tổng cộng', 2, 1, 1]);
    const figures = await workbook('/api/v1/registry/stats/figures.xlsx?year=2025');
    expect(figures.rows[0]).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Tổng năm 2025', 'Số tổ chức báo cáo']);
    expect(figures.rows.find((r) => r[0] === 'Doanh thu')).toEqual(['Doanh thu', 'đồng', 7_000_000_000, 2]);
    expect(figures.sheet.getColumn(3).numFmt).toBe('#,##0');
  });

  it('is documented in OpenAPI with its query and response schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const route = doc.paths['/api/v1/registry/stats'].get;
    expect(route.parameters.map((p: { name: string }) => p.name)).toEqual(['year', 'scope', 'top']);
    expect(route.responses['200'].content['application/json'].schema.properties).toHaveProperty('byKind');
    expect(doc.paths['/api/v1/registry/stats/{chart}.xlsx'].get.responses).toHaveProperty('200');
  });

  it('is a 400 for an unknown chart', async () => {
    const res = await (await as('can_bo')).inject({ method: 'GET', url: '/api/v1/registry/stats/khac.xlsx' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors?.chart).toBe('Biểu đồ không tồn tại');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { upsertFigureRules, upsertIndicators } from './figure-dictionary.repo.ts';
import { FIGURE_RULES } from './figure-rules.data.ts';
import { createOrg, HEALTHY_HTX, putFigures } from './figures-test-kit.fixture.ts';
import { INDICATORS } from './indicators.data.ts';
import { loadRegistryDictionaries } from './registry-dictionaries.ts';

let t: TestApp;
let admin: { id: string; email: string };
let staff: StaffClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.addUser('quan_tri');
  staff = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => {
  await t.close();
});

const getFigures = (orgId: string, year?: number) =>
  staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/figures${year ? `?year=${year}` : ''}` });

describe('yearly figures API', () => {
  it('saves the figures of a year and returns them with the dictionary of the kind', async () => {
    const orgId = await createOrg(t, admin);
    const res = await putFigures(staff, orgId, 2025, { values: HEALTHY_HTX });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ orgId, kind: 'HTX', year: 2025, values: HEALTHY_HTX, warnings: [] });
    expect(body.changed.sort()).toEqual(Object.keys(HEALTHY_HTX).sort());
    expect(body.version).toBeGreaterThan(0);
    expect(body.indicators.map((i: { code: string }) => i.code)).toContain('tv_lk_gop_von');
    expect(body.indicators[0]).toMatchObject({
      code: 'tv_chinh_thuc',
      name: 'Thành viên chính thức',
      unit: 'người',
    });
    const got = await getFigures(orgId, 2025);
    expect(got.json().values).toEqual(HEALTHY_HTX);
  });

  it('refuses a hard error with a Vietnamese message naming the field, and writes nothing', async () => {
    const orgId = await createOrg(t, admin);
    const res = await putFigures(staff, orgId, 2025, {
      values: { ...HEALTHY_HTX, doanh_thu: 1_000_000, loi_nhuan_truoc_thue: 2_000_000, lao_dong: -3 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: {
        'values.loi_nhuan_truoc_thue':
          'Lợi nhuận trước thuế (2.000.000 đồng) không được lớn hơn doanh thu (1.000.000 đồng)',
        'values.lao_dong': 'Tổng số lao động không được là số âm',
      },
    });
    expect((await getFigures(orgId, 2025)).json()).toMatchObject({ values: {}, version: 0 });
  });

  it('requires the required indicators and refuses indicators the kind does not report', async () => {
    const orgId = await createOrg(t, admin, { kind: 'THT', regCode: null });
    const res = await putFigures(staff, orgId, 2025, { values: { tv_chinh_thuc: 3, tv_lk_gop_von: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({
      'values.lao_dong': 'Vui lòng nhập tổng số lao động',
      'values.doanh_thu': 'Vui lòng nhập doanh thu',
      'values.tv_lk_gop_von': 'Chỉ tiêu này không áp dụng cho loại hình tổ chức này',
    });
    const bad = await putFigures(staff, orgId, 2025, { values: { doanh_thu: 'nhiều' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors['values.doanh_thu']).toBeTruthy();
  });

  it('saves with soft warnings, each with its legal basis, and compares with the previous year', async () => {
    const orgId = await createOrg(t, admin);
    expect(
      (await putFigures(staff, orgId, 2024, { values: { ...HEALTHY_HTX, doanh_thu: 500_000_000 } }))
        .statusCode,
    ).toBe(200);
    const res = await putFigures(staff, orgId, 2025, { values: { ...HEALTHY_HTX, tv_chinh_thuc: 4 } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.values.tv_chinh_thuc).toBe(4);
    expect(body.warnings).toEqual([
      expect.objectContaining({
        indicatorCode: 'tv_chinh_thuc',
        ruleCode: 'htx_toi_thieu_5_thanh_vien',
        legalBasis: expect.stringContaining('Luật Hợp tác xã số 17/2023/QH15'),
      }),
      expect.objectContaining({
        indicatorCode: 'doanh_thu',
        ruleCode: 'bien_dong_doanh_thu',
        message: expect.stringContaining('+500%'),
      }),
    ]);
    expect(body.previousYear).toBe(2024);
    expect(body.previousValues.doanh_thu).toBe(500_000_000);
    expect(body.changes).toMatchObject({ doanh_thu: 500, tv_chinh_thuc: -66.7, lao_dong: 0 });
    // The warnings stay visible when the form is opened again.
    expect((await getFigures(orgId, 2025)).json().warnings).toHaveLength(2);
  });

  it('clears a value with null, leaves codes not sent, and audits only what changed', async () => {
    const orgId = await createOrg(t, admin);
    await putFigures(staff, orgId, 2025, { values: HEALTHY_HTX });
    const res = await putFigures(staff, orgId, 2025, {
      values: { thu_nhap_binh_quan: null, tong_tai_san: 6e9 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed.sort()).toEqual(['thu_nhap_binh_quan', 'tong_tai_san']);
    expect(res.json().values.thu_nhap_binh_quan).toBeUndefined();
    expect(res.json().values.doanh_thu).toBe(HEALTHY_HTX.doanh_thu);
    const trail = (
      await t
        .signIn(admin.email)
        .then((a) =>
          a.inject({ method: 'GET', url: `/api/v1/audit?entityId=${orgId}&action=org.figures.update` }),
        )
    ).json();
    expect(trail.items[0]).toMatchObject({
      before: { year: 2025, values: { thu_nhap_binh_quan: 72_000_000, tong_tai_san: 5_000_000_000 } },
      after: { year: 2025, values: { thu_nhap_binh_quan: null, tong_tai_san: 6_000_000_000 }, locked: false },
    });
    // Saving the same values again changes nothing and records nothing.
    const again = await putFigures(staff, orgId, 2025, { values: { tong_tai_san: 6e9 } });
    expect(again.json().changed).toEqual([]);
  });

  it('refuses a save over figures changed since they were read (version)', async () => {
    const orgId = await createOrg(t, admin);
    const first = (await putFigures(staff, orgId, 2025, { values: HEALTHY_HTX })).json();
    const second = await putFigures(staff, orgId, 2025, { values: { lao_dong: 21 }, version: first.version });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().version).not.toBe(first.version);
    const stale = await putFigures(staff, orgId, 2025, { values: { lao_dong: 22 }, version: first.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe(
      'Số liệu năm 2025 vừa được người khác thay đổi. Vui lòng tải lại trước khi lưu.',
    );
    expect((await getFigures(orgId, 2025)).json().values.lao_dong).toBe(21);
  });

  it('refuses figures for a year that has not come (clock in 2026)', async () => {
    const orgId = await createOrg(t, admin);
    const res = await putFigures(staff, orgId, 2027, { values: HEALTHY_HTX });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ year: 'Chưa thể nhập số liệu của năm 2027' });
    expect((await getFigures(orgId)).json().year).toBe(2026);
  });

  it('lists every year × indicator with the change from the year before', async () => {
    const orgId = await createOrg(t, admin);
    await putFigures(staff, orgId, 2023, { values: { ...HEALTHY_HTX, tv_chinh_thuc: 10 } });
    await putFigures(staff, orgId, 2025, { values: { ...HEALTHY_HTX, tv_chinh_thuc: 15 } });
    await putFigures(staff, orgId, 2024, { values: { ...HEALTHY_HTX, tv_chinh_thuc: 12 } });
    const res = await staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/figures/years` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024, 2025]);
    expect(body.years[0]).toMatchObject({
      values: { tv_chinh_thuc: 10 },
      changes: {},
      reportStatus: 'chua_nop',
    });
    expect(body.years[1].changes.tv_chinh_thuc).toBe(20);
    expect(body.years[2].changes.tv_chinh_thuc).toBe(25);
    expect(body.indicators).toHaveLength(10);
  });

  it('serves the dictionary and its rules, by kind', async () => {
    const res = await staff.inject({ method: 'GET', url: '/api/v1/registry/figure-dictionary?kind=DN' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.indicators.map((i: { code: string }) => i.code)).not.toContain('tv_chinh_thuc');
    expect(body.rules.map((r: { code: string }) => r.code)).not.toContain('htx_toi_thieu_5_thanh_vien');
    const all = (await staff.inject({ method: 'GET', url: '/api/v1/registry/figure-dictionary' })).json();
    expect(all.rules.find((r: { code: string }) => r.code === 'htx_toi_thieu_5_thanh_vien')).toMatchObject({
      severity: 'soft',
      threshold: 5,
      appliesTo: ['HTX'],
    });
  });

  it('is documented in OpenAPI with request and response schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const put = doc.paths['/api/v1/orgs/{id}/figures/{year}'].put;
    expect(put.requestBody.content['application/json'].schema.properties).toHaveProperty('values');
    expect(put.responses['200'].content['application/json'].schema.properties).toHaveProperty('warnings');
    for (const path of [
      '/api/v1/orgs/{id}/figures/years',
      '/api/v1/orgs/{id}/ratings/{year}',
      '/api/v1/orgs/{id}/reports/{year}/approve',
      '/api/v1/registry/reports',
      '/api/v1/registry/my-report',
      '/api/v1/registry/deadlines/{year}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });

  // Last in the file: it adds an indicator to this file's database.
  it('loads the dictionaries idempotently; adding an indicator is a row, not a column', async () => {
    const db = t.database.db;
    const htxRule = FIGURE_RULES.find((r) => r.code === 'htx_toi_thieu_5_thanh_vien');
    if (!htxRule) throw new Error('rule missing');
    await upsertFigureRules(db, [{ ...htxRule, threshold: 7 }]);
    await upsertIndicators(db, [
      {
        code: 'so_hop_dong_lien_ket',
        name: 'Số hợp đồng liên kết tiêu thụ',
        unit: 'hợp đồng',
        valueType: 'integer',
        position: 200,
      },
    ]);
    await loadRegistryDictionaries(db);
    await loadRegistryDictionaries(db);
    const all = (await staff.inject({ method: 'GET', url: '/api/v1/registry/figure-dictionary' })).json();
    expect(all.rules.find((r: { code: string }) => r.code === htxRule.code).threshold).toBe(5);
    expect(all.indicators.map((i: { code: string }) => i.code)).toEqual([
      ...INDICATORS.map((i) => i.code),
      'so_hop_dong_lien_ket',
    ]);
    const orgId = await createOrg(t, admin);
    const res = await putFigures(staff, orgId, 2025, { values: { ...HEALTHY_HTX, so_hop_dong_lien_ket: 3 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().values.so_hop_dong_lien_ket).toBe(3);
    const fraction = await putFigures(staff, orgId, 2025, { values: { so_hop_dong_lien_ket: 1.5 } });
    expect(fraction.json().fieldErrors).toEqual({
      'values.so_hop_dong_lien_ket': 'Số hợp đồng liên kết tiêu thụ phải là số nguyên',
    });
  });
});

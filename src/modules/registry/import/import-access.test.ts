import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Role } from '../../../core/auth/roles.ts';
import { tempDataDir } from '../../media/media-test-kit.fixture.ts';
import { fileUpload } from '../../media/multipart.fixture.ts';
import { addSecondTenant } from '../../media/second-tenant.fixture.ts';
import { failFiguresOfValue, registerCounts } from './import-test.repo.ts';
import { commitImport, getImportDto, previewImport, uploadOk } from './import-test-kit.fixture.ts';
import { type FixtureCell, workbookOf } from './messy-import.fixture.ts';

let t: TestApp;
let writer: StaffClient;
let data: ReturnType<typeof tempDataDir>;

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  writer = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const small = (capital: number) => {
  const rows: FixtureCell[][] = [
    ['Tên HTX', 'Mã số thuế', 'Địa chỉ', 'Số thành viên', 'Vốn điều lệ (đồng)'],
    ['Hợp tác xã Nông nghiệp An Bình', '0301112223', 'Xã Quang Lịch, Tỉnh Hưng Yên', 12, 500_000_000],
    ['Hợp tác xã Dịch vụ Tân Tiến', '0301112224', 'Xã Quang Lịch, Tỉnh Hưng Yên', 8, capital],
  ];
  return workbookOf([{ name: 'DS', rows }]);
};

describe('who may import', () => {
  it('lets only registry writers use any import route (lanh_dao, thanh_vien and others get 403)', async () => {
    const own = await uploadOk(writer, 'ds.xlsx', await small(1_000));
    const { payload, headers } = fileUpload('ds.xlsx', 'application/octet-stream', await small(1_000));
    for (const role of ['lanh_dao', 'thanh_vien', 'bien_tap', 'cong_tac_vien'] as Role[]) {
      const client = await t.signIn((await t.addUser(role)).email);
      const calls = [
        client.inject({ method: 'GET', url: '/api/v1/org-imports/template.xlsx' }),
        client.inject({ method: 'POST', url: '/api/v1/org-imports', payload, headers }),
        client.inject({ method: 'GET', url: '/api/v1/org-imports' }),
        client.inject({ method: 'GET', url: `/api/v1/org-imports/${own.id}` }),
        client.inject({ method: 'POST', url: `/api/v1/org-imports/${own.id}/preview` }),
        client.inject({ method: 'POST', url: `/api/v1/org-imports/${own.id}/commit` }),
        client.inject({ method: 'GET', url: `/api/v1/org-imports/${own.id}/original` }),
        client.inject({ method: 'GET', url: `/api/v1/org-imports/${own.id}/report.xlsx` }),
        client.inject({ method: 'PUT', url: `/api/v1/org-imports/${own.id}/choices`, payload: {} }),
      ];
      for (const res of await Promise.all(calls))
        expect({ role, status: res.statusCode }).toEqual({ role, status: 403 });
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/org-imports' });
    expect(anonymous.statusCode).toBe(401);
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    const list = await admin.inject({ method: 'GET', url: '/api/v1/org-imports' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(own.id);
  });
});

describe('tenant isolation', () => {
  it('answers 404 for another tenant’s import on every route, and lists only the tenant’s own', async () => {
    const ownIds = (await writer.inject({ method: 'GET', url: '/api/v1/org-imports' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    const other = await addSecondTenant(t);
    const otherAdmin = await t.signIn(other.adminEmail);
    const foreign = await uploadOk(otherAdmin, 'son-la.xlsx', await small(2_000));
    await previewImport(otherAdmin, foreign.id);
    const base = `/api/v1/org-imports/${foreign.id}`;
    const calls = [
      writer.inject({ method: 'GET', url: base }),
      writer.inject({ method: 'GET', url: `${base}/rows` }),
      writer.inject({ method: 'GET', url: `${base}/original` }),
      writer.inject({ method: 'GET', url: `${base}/report.xlsx` }),
      writer.inject({ method: 'POST', url: `${base}/preview` }),
      writer.inject({ method: 'POST', url: `${base}/commit` }),
      writer.inject({ method: 'POST', url: `${base}/sheet`, payload: { sheet: 'DS' } }),
      writer.inject({ method: 'PUT', url: `${base}/mapping`, payload: { columns: [] } }),
      writer.inject({ method: 'PUT', url: `${base}/choices`, payload: { '2': '13132' } }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(404);
    const mine = await writer.inject({ method: 'GET', url: '/api/v1/org-imports' });
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual(ownIds);
    expect((await getImportDto(otherAdmin, foreign.id)).status).toBe('previewed');
  });
});

describe('a failure during the commit', () => {
  it('rolls everything back and marks the import failed with a message', async () => {
    const up = await uploadOk(writer, 'loi.xlsx', await small(777_777));
    const pre = await previewImport(writer, up.id);
    expect(pre.counts).toMatchObject({ new: 2, rejected: 0 });
    const before = await registerCounts(t.database.db, t.tenant.id);
    // The second organisation's figures make the database raise, after both were inserted.
    await failFiguresOfValue(t.database.db, 777_777);
    const done = await commitImport(writer, up.id);
    expect(done).toMatchObject({
      status: 'failed',
      error:
        'Không ghi được vào sổ do lỗi hệ thống; không có thay đổi nào được lưu. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.',
      committedAt: null,
    });
    expect(await registerCounts(t.database.db, t.tenant.id)).toEqual(before);
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    const audit = await admin.inject({ method: 'GET', url: `/api/v1/audit?entityId=${up.id}` });
    expect(audit.json().items).toEqual([]);
    // The dry run is still there: after the cause is fixed the same import can run again.
    const rerun = await previewImport(writer, up.id);
    expect(rerun.status).toBe('previewed');
  });
});

describe('the API description', () => {
  it('documents every import route with its schemas in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of [
      '/api/v1/org-imports',
      '/api/v1/org-imports/template.xlsx',
      '/api/v1/org-imports/{id}',
      '/api/v1/org-imports/{id}/sheet',
      '/api/v1/org-imports/{id}/mapping',
      '/api/v1/org-imports/{id}/preview',
      '/api/v1/org-imports/{id}/rows',
      '/api/v1/org-imports/{id}/choices',
      '/api/v1/org-imports/{id}/commit',
      '/api/v1/org-imports/{id}/original',
      '/api/v1/org-imports/{id}/report.xlsx',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const status =
      doc.paths['/api/v1/org-imports/{id}'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(status.properties)).toEqual(
      expect.arrayContaining(['status', 'progress', 'counts', 'mapping']),
    );
    const mapping =
      doc.paths['/api/v1/org-imports/{id}/mapping'].put.requestBody.content['application/json'].schema;
    expect(mapping.properties).toHaveProperty('columns');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';

let t: TestApp;
let national: StaffClient;
beforeAll(async () => {
  t = await createTestApp(); // TENANT_PROVINCE_CODE 00: the first tenant is the national alliance
  national = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(() => t.close());

const settings = {
  siteTitle: 'Liên minh HTX tỉnh Hưng Yên',
  logoUrl: null,
  address: 'Số 1 đường Quang Trung',
  phone: '0221 3 123 456',
  email: 'lienminh@example.vn',
  contacts: [],
};

async function createProvince(code: string, hosts: string[]) {
  const res = await national.inject({
    method: 'POST',
    url: '/api/v1/tenants',
    payload: {
      code,
      name: `Liên minh HTX ${code}`,
      provinceCode: '33',
      hosts,
      adminEmail: `admin@${code}.vn`,
      adminFullName: 'Quản trị tỉnh',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { tenant: { id: string }; admin: { email: string; temporaryPassword: string } };
}

describe('tenants', () => {
  it('lets the national administrator create an alliance with its own administrator', async () => {
    const created = await createProvince('hung-yen', ['hungyen.example.vn']);
    const provinceAdmin = await t.signIn(created.admin.email, created.admin.temporaryPassword);
    const me = await provinceAdmin.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json()).toMatchObject({
      tenant: { code: 'hung-yen' },
      user: { role: 'quan_tri', mustChangePassword: true },
    });
    expect(t.tenants.resolveHost('hungyen.example.vn')?.code).toBe('hung-yen');
  });

  it('keeps each alliance’s users and audit trail to itself', async () => {
    const created = await createProvince('son-la', ['sonla.example.vn']);
    const provinceAdmin = await t.signIn(created.admin.email, created.admin.temporaryPassword);
    await provinceAdmin.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      payload: { currentPassword: created.admin.temporaryPassword, newPassword: 'mat-khau-son-la-2026' },
    });
    const users = await provinceAdmin.inject({ method: 'GET', url: '/api/v1/users?pageSize=200' });
    expect(users.json().items.map((u: { email: string }) => u.email)).toEqual(['admin@son-la.vn']);
    const nationalUser = (await national.inject({ method: 'GET', url: '/api/v1/users?pageSize=1' })).json()
      .items[0];
    const patch = await provinceAdmin.inject({
      method: 'PATCH',
      url: `/api/v1/users/${nationalUser.id}`,
      payload: { disabled: true },
    });
    expect(patch.statusCode).toBe(404);
    const audit = await provinceAdmin.inject({ method: 'GET', url: '/api/v1/audit?pageSize=200' });
    const entries = audit.json().items as { action: string; entityId: string }[];
    expect([...new Set(entries.map((e) => e.action))].sort()).toEqual([
      'auth.login',
      'user.change_password',
      'user.create',
    ]);
    expect(entries.some((e) => e.entityId === nationalUser.id)).toBe(false);
  });

  it('refuses tenant creation to a provincial administrator', async () => {
    const created = await createProvince('ninh-binh', []);
    const provinceAdmin = await t.signIn(created.admin.email, created.admin.temporaryPassword);
    await provinceAdmin.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      payload: { currentPassword: created.admin.temporaryPassword, newPassword: 'mat-khau-ninh-binh-1' },
    });
    const res = await provinceAdmin.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: 'x-tinh',
        name: 'Tỉnh X',
        provinceCode: '01',
        hosts: [],
        adminEmail: 'x@x.vn',
        adminFullName: 'X Y',
      },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a duplicate code or a host already served by another alliance, creating nothing', async () => {
    const before = (await national.inject({ method: 'GET', url: '/api/v1/tenants' })).json().length;
    const dupCode = await national.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: 'hung-yen',
        name: 'Trùng mã',
        provinceCode: '33',
        hosts: [],
        adminEmail: 'a1@x.vn',
        adminFullName: 'A B',
      },
    });
    expect(dupCode.json().code).toBe('TENANT_CODE_TAKEN');
    const dupHost = await national.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: {
        code: 'khac',
        name: 'Trùng tên miền',
        provinceCode: '33',
        hosts: ['HungYen.example.vn'],
        adminEmail: 'a2@x.vn',
        adminFullName: 'A B',
      },
    });
    expect(dupHost.statusCode).toBe(400);
    expect(dupHost.json().fieldErrors.hosts).toContain('Liên minh HTX hung-yen');
    expect((await national.inject({ method: 'GET', url: '/api/v1/tenants' })).json()).toHaveLength(before);
    expect(await t.signIn('a2@x.vn', 'whatever-123').catch((e: Error) => e.message)).toMatch(/401/);
  });

  it('updates site settings, validates them field by field, and audits the change', async () => {
    const bad = await national.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: {
        name: 'LM',
        hosts: ['bad host'],
        settings: { ...settings, email: 'khong-hop-le', logoUrl: 'javascript:alert(1)' },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fieldErrors).sort()).toEqual([
      'hosts.0',
      'name',
      'settings.email',
      'settings.logoUrl',
    ]);
    const ok = await national.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: { name: 'Liên minh HTX Việt Nam', hosts: [], settings },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().settings.address).toBe('Số 1 đường Quang Trung');
    expect(t.tenants.get(t.tenant.id)?.settings.phone).toBe('0221 3 123 456');
    const audit = await national.inject({ method: 'GET', url: '/api/v1/audit?action=tenant.update' });
    expect(audit.json().items[0]).toMatchObject({
      entity: 'tenant',
      after: { name: 'Liên minh HTX Việt Nam' },
    });
  });
});

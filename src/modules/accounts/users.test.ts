import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';

let t: TestApp;
let admin: StaffClient;
let adminId: string;
beforeAll(async () => {
  t = await createTestApp();
  const a = await t.addUser('quan_tri');
  adminId = a.id;
  admin = await t.signIn(a.email);
});
afterAll(() => t.close());

async function auditOf(entityId: string) {
  const res = await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=user&entityId=${entityId}` });
  return res.json().items as {
    action: string;
    before: unknown;
    after: Record<string, unknown> | null;
    actorId: string;
  }[];
}

describe('user administration', () => {
  it('creates a user with a one-time password that works once and must be changed', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'Nguyen.Van.B@Example.vn', fullName: '  Nguyễn Văn B ', role: 'bien_tap' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({
      email: 'nguyen.van.b@example.vn',
      fullName: 'Nguyễn Văn B',
      role: 'bien_tap',
      mustChangePassword: true,
    });
    expect(body.temporaryPassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const client = await t.signIn('nguyen.van.b@example.vn', body.temporaryPassword);
    const me = await client.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);

    const trail = await auditOf(body.user.id);
    const created = trail.find((e) => e.action === 'user.create');
    expect(created).toMatchObject({
      actorId: adminId,
      after: { email: 'nguyen.van.b@example.vn', role: 'bien_tap' },
    });
    expect(created?.after).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(trail)).not.toContain(body.temporaryPassword);
  });

  it('refuses a second account with the same e-mail (any case) on the e-mail field', async () => {
    const payload = { email: 'trung@example.vn', fullName: 'Người Trùng', role: 'can_bo' };
    expect((await admin.inject({ method: 'POST', url: '/api/v1/users', payload })).statusCode).toBe(201);
    const dup = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...payload, email: 'TRUNG@example.vn' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'EMAIL_TAKEN',
      fieldErrors: { email: 'Email này đã được dùng' },
    });
  });

  it('names every invalid field and writes nothing', async () => {
    const before = (await admin.inject({ method: 'GET', url: '/api/v1/users?pageSize=200' })).json().total;
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'x', fullName: 'A', role: 'vua' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fieldErrors).sort()).toEqual(['email', 'fullName', 'role']);
    expect(res.json().fieldErrors.role).toBe('Vai trò không hợp lệ');
    expect((await admin.inject({ method: 'GET', url: '/api/v1/users?pageSize=200' })).json().total).toBe(
      before,
    );
  });

  it('searches users accent-insensitively and pages the list', async () => {
    await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'hoa@example.vn', fullName: 'Trần Thị Hoà', role: 'can_bo' },
    });
    const res = await admin.inject({ method: 'GET', url: '/api/v1/users?q=tran%20thi%20hoa' });
    expect(res.json().items.map((u: { email: string }) => u.email)).toEqual(['hoa@example.vn']);
    const page = await admin.inject({ method: 'GET', url: '/api/v1/users?page=1&pageSize=1' });
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThan(1);
  });

  it('disables a user, ending their sessions, and records before/after', async () => {
    const { id, email } = await t.addUser('can_bo');
    const victim = await t.signIn(email);
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await victim.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({
      action: 'user.update',
      before: { disabled: false },
      after: { disabled: true },
    });
  });

  it('resets a password: old one stops working, the new one must be changed', async () => {
    const { id, email } = await t.addUser('can_bo');
    const res = await admin.inject({ method: 'POST', url: `/api/v1/users/${id}/reset-password` });
    expect(res.statusCode).toBe(200);
    await expect(t.signIn(email)).rejects.toThrow(/login failed 401/);
    const client = await t.signIn(email, res.json().temporaryPassword);
    expect(
      (await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).json().user.mustChangePassword,
    ).toBe(true);
  });

  it('does not let an administrator lock themself out or demote themself', async () => {
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/v1/users/${adminId}`,
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CANNOT_CHANGE_SELF');
  });

  it('is for administrators only', async () => {
    for (const role of ['bien_tap', 'cong_tac_vien', 'can_bo', 'lanh_dao', 'thanh_vien'] as const) {
      const client = await t.signIn((await t.addUser(role)).email);
      expect((await client.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
      const create = await client.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload: { email: `${role}@x.vn`, fullName: 'Thử', role: 'quan_tri' },
      });
      expect(create.statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });
});

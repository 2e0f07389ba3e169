import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: StaffClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(() => t.close());

const userCount = async () =>
  (await admin.inject({ method: 'GET', url: '/api/v1/users?pageSize=1' })).json().total as number;

describe('bad input gets a clear 4xx in Vietnamese and changes nothing', () => {
  it('malformed JSON', async () => {
    const before = await userCount();
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.vn", "fullName": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'INVALID_JSON',
      message: 'Dữ liệu gửi lên không đúng định dạng JSON.',
    });
    expect(await userCount()).toBe(before);
  });

  it('oversized body', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'big@example.vn', fullName: 'x'.repeat(2 * 1024 * 1024), role: 'can_bo' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('Dữ liệu gửi lên quá lớn.');
  });

  it('wrong types name the field', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 123, fullName: ['x'], role: null },
    });
    expect(res.statusCode).toBe(400);
    const errors = res.json().fieldErrors as Record<string, string>;
    expect(Object.keys(errors).sort()).toEqual(['email', 'fullName', 'role']);
    expect(errors.email).toMatch(/không hợp lệ/);
  });

  it('an unsupported content type', async () => {
    const res = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a@b.vn',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('an invalid id in the path', async () => {
    const res = await admin.inject({
      method: 'PATCH',
      url: '/api/v1/users/1%20or%201=1',
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ id: 'Mã không hợp lệ' });
  });

  it('unknown fields in an update are refused rather than ignored', async () => {
    const { id } = await t.addUser('can_bo');
    const res = await admin.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { tenantId: t.tenant.id, role: 'quan_tri' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('a write without a session, or with one but no CSRF token', async () => {
    const before = await userCount();
    const payload = { email: 'csrf@example.vn', fullName: 'Không Được', role: 'quan_tri' };
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toContain('đăng nhập');
    const noCsrf = await admin.inject({ method: 'POST', url: '/api/v1/users', payload, csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    const wrongCsrf = await admin.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload,
      csrf: false,
      headers: { 'x-csrf-token': 'gia-mao' },
    });
    expect(wrongCsrf.statusCode).toBe(403);
    expect(await userCount()).toBe(before);
  });

  it('SQL and HTML in text fields are stored as plain text and break nothing', async () => {
    const hostile = [`Robert'); DROP TABLE users; --`, '<script>alert("x")</script>', `' OR '1'='1`, '%_\\'];
    for (const [i, fullName] of hostile.entries()) {
      const res = await admin.inject({
        method: 'POST',
        url: '/api/v1/users',
        payload: { email: `hostile${i}@example.vn`, fullName, role: 'can_bo' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().user.fullName).toBe(fullName);
      const search = await admin.inject({
        method: 'GET',
        url: `/api/v1/users?q=${encodeURIComponent(fullName)}`,
      });
      expect(search.json().items.map((u: { email: string }) => u.email)).toEqual([`hostile${i}@example.vn`]);
    }
    const settings = {
      siteTitle: '<img src=x onerror=alert(1)>',
      logoUrl: null,
      address: "'; DELETE FROM tenants; --",
      phone: '',
      email: '',
      contacts: [],
    };
    const put = await admin.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: { name: 'Liên minh <b>HTX</b>', hosts: [], settings },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().settings.address).toBe("'; DELETE FROM tenants; --");
    expect(await userCount()).toBeGreaterThan(4);
  });

  it('unknown API routes answer a JSON 404 in Vietnamese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy nội dung yêu cầu.' });
  });
});

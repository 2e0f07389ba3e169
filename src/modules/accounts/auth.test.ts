import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login', () => {
  it('signs in with the right password and answers /me', async () => {
    const { email } = await t.addUser('bien_tap');
    const client = await t.signIn(email);
    const me = await client.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email, role: 'bien_tap' }, tenant: { id: t.tenant.id } });
  });

  it('refuses a wrong password with a Vietnamese message', async () => {
    const { email } = await t.addUser('can_bo');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'sai-mat-khau-123' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Email hoặc mật khẩu không đúng.' });
    expect(res.cookies).toHaveLength(0);
  });

  it('names the field when the e-mail is malformed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'khong-phai-email', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ email: 'Email không hợp lệ' });
  });
});

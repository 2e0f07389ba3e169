import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, nextAddress, TEST_PASSWORD, type TestApp } from '../../../tests/helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' });
});
afterAll(() => t.close());

const login = (email: string, password: string, remoteAddress = nextAddress()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

describe('login', () => {
  it('signs in with the right password, sets a hardened cookie and answers /me', async () => {
    const { email } = await t.addUser('bien_tap');
    const res = await login(email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'hoptac_sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const client = await t.signIn(email);
    const me = await client.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email, role: 'bien_tap' }, tenant: { id: t.tenant.id } });
  });

  it('refuses a wrong password and an unknown account with the same Vietnamese message', async () => {
    const { email } = await t.addUser('can_bo');
    const wrong = await login(email, 'sai-mat-khau-123');
    const unknown = await login('khong-co@example.vn', 'sai-mat-khau-123');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'Email hoặc mật khẩu không đúng.',
      });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('names the field when the e-mail is malformed', async () => {
    const res = await login('khong-phai-email', TEST_PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ email: 'Email không hợp lệ' });
  });

  it('locks an account after five wrong passwords, for fifteen minutes', async () => {
    const { email } = await t.addUser('can_bo');
    for (let i = 0; i < 5; i++) expect((await login(email, `sai-${i}-mat-khau`)).statusCode).toBe(401);
    const locked = await login(email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().message).toContain('tạm khóa');
    t.clock.advance(16 * 60_000);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits sign-in attempts per client address', async () => {
    const address = nextAddress();
    for (let i = 0; i < 10; i++)
      expect((await login(`ai-${i}@example.vn`, 'sai-mat-khau', address)).statusCode).toBe(401);
    const limited = await login('ai@example.vn', 'sai-mat-khau', address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      code: 'LOGIN_RATE_LIMITED',
      message: expect.stringContaining('đăng nhập'),
    });
    expect((await login('ai@example.vn', 'sai-mat-khau')).statusCode).toBe(401); // another address
  });

  it('refuses a disabled account', async () => {
    const { email } = await t.addUser('can_bo');
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    const list = await admin.inject({ method: 'GET', url: `/api/v1/users?q=${encodeURIComponent(email)}` });
    const id = list.json().items[0].id as string;
    await admin.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: { disabled: true } });
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('ends after the idle time without activity', async () => {
    const client = await t.signIn((await t.addUser('lanh_dao')).email);
    t.clock.advance(29 * 60_000);
    expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    t.clock.advance(29 * 60_000); // activity above refreshed it
    expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await client.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends after the absolute lifetime even when active', async () => {
    const client = await t.signIn((await t.addUser('lanh_dao')).email);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(25 * 60_000);
      expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    }
    t.clock.advance(25 * 60_000); // 125 min > 2 h
    expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('logout ends the session', async () => {
    const client = await t.signIn((await t.addUser('bien_tap')).email);
    expect((await client.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token and changes nothing', async () => {
    const client = await t.signIn((await t.addUser('bien_tap')).email);
    const res = await client.inject({ method: 'POST', url: '/api/v1/auth/logout', csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    expect((await client.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('forces a user with a one-time password to change it before anything else', async () => {
    const { email } = await t.addUser('can_bo', { mustChangePassword: true });
    const client = await t.signIn(email);
    const blocked = await client.inject({ method: 'GET', url: '/api/v1/tenant' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await client.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2026' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect((await client.inject({ method: 'GET', url: '/api/v1/tenant' })).statusCode).toBe(200);
    expect((await login(email, 'mat-khau-moi-2026')).statusCode).toBe(200);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('rejects a wrong current password on its field, a short or unchanged new one', async () => {
    const client = await t.signIn((await t.addUser('can_bo')).email);
    const change = (payload: object) =>
      client.inject({ method: 'POST', url: '/api/v1/auth/change-password', payload });
    const wrong = await change({ currentPassword: 'khong-dung-123', newPassword: 'mat-khau-moi-2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fieldErrors).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng' });
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'ngan' });
    expect(short.json().fieldErrors.newPassword).toBe('Mật khẩu cần ít nhất 10 ký tự');
    const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.json().fieldErrors.newPassword).toBe('Mật khẩu mới phải khác mật khẩu hiện tại');
  });

  it('ends the other sessions of the user', async () => {
    const { email } = await t.addUser('bien_tap');
    const first = await t.signIn(email);
    const second = await t.signIn(email);
    await second.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2026' },
    });
    expect((await first.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    expect((await second.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../tests/helpers/test-app.ts';

let t: TestApp;
let admin: StaffClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(() => t.close());

const home = async () =>
  (await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).body;

describe('the main menu of every public page', () => {
  it('is the default until staff save their own, then theirs on the next request', async () => {
    expect(await home()).toContain('>Văn bản</a>');
    const saved = await admin.inject({
      method: 'PUT',
      url: '/api/v1/menu',
      payload: {
        items: [
          { label: 'Trang chủ', url: '/' },
          { label: 'Hỏi – đáp', url: '/hoi-dap' },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    const html = await home();
    expect(html).toContain('>Hỏi – đáp</a>');
    expect(html).not.toContain('>Văn bản</a>');
    await admin.inject({ method: 'PUT', url: '/api/v1/menu', payload: { items: [] } });
    expect(await home()).toContain('>Văn bản</a>');
  });
});

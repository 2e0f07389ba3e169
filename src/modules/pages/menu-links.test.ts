import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { silentLog } from '../../core/silent-log.ts';
import { MAIN_MENU } from '../../site/layout/main-menu.ts';
import { addSecondTenant } from '../media/second-tenant.fixture.ts';
import { listWebsiteLinks } from './links.service.ts';
import { getMainMenu } from './menu.service.ts';

let t: TestApp;
let admin: StaffClient;
let editor: StaffClient;
const ctx = (tenantId = t.tenant.id) => ({
  db: t.database.db,
  tenantId,
  actor: null,
  requestId: null,
  log: silentLog,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn((await t.addUser('quan_tri')).email);
  editor = await t.signIn((await t.addUser('bien_tap')).email);
});
afterAll(() => t.close());

const putMenu = (client: StaffClient, items: unknown) =>
  client.inject({ method: 'PUT', url: '/api/v1/menu', payload: { items } });

describe('menu editor', () => {
  it('starts from the built-in menu', async () => {
    const res = await editor.inject({ method: 'GET', url: '/api/v1/menu' });
    expect(res.json().isDefault).toBe(true);
    expect(res.json().items.map((i: { url: string }) => i.url)).toEqual(MAIN_MENU.map((m) => m.href));
    expect(await getMainMenu(ctx())).toEqual(MAIN_MENU);
  });

  it('saves an ordered menu with one level of children; audited; the layout reads it', async () => {
    const items = [
      { label: 'Trang chủ', url: '/' },
      {
        label: 'Giới thiệu',
        url: '/gioi-thieu',
        children: [
          { label: 'Chức năng, nhiệm vụ', url: '/gioi-thieu/chuc-nang-nhiem-vu' },
          { label: 'Cơ cấu tổ chức', url: '/gioi-thieu/co-cau-to-chuc' },
        ],
      },
      { label: '  Văn bản  ', url: '/van-ban?loai=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh' },
      { label: 'Cổng VCA', url: 'https://vca.org.vn/' },
    ];
    const res = await putMenu(editor, items);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().isDefault).toBe(false);
    expect(res.json().items[2]).toEqual({ label: 'Văn bản', url: items[2]?.url, children: [] });
    expect(await getMainMenu(ctx())).toEqual([
      { label: 'Trang chủ', href: '/' },
      {
        label: 'Giới thiệu',
        href: '/gioi-thieu',
        children: [
          { label: 'Chức năng, nhiệm vụ', href: '/gioi-thieu/chuc-nang-nhiem-vu' },
          { label: 'Cơ cấu tổ chức', href: '/gioi-thieu/co-cau-to-chuc' },
        ],
      },
      { label: 'Văn bản', href: items[2]?.url },
      { label: 'Cổng VCA', href: 'https://vca.org.vn/' },
    ]);
    const trail = (await admin.inject({ method: 'GET', url: '/api/v1/audit?entity=menu' })).json();
    expect(trail.items[0]).toMatchObject({ action: 'menu.update', before: null });
    // Saving again replaces the whole list; an empty list restores the default.
    await putMenu(editor, [{ label: 'Trang chủ', url: '/' }]);
    expect(await getMainMenu(ctx())).toEqual([{ label: 'Trang chủ', href: '/' }]);
    await putMenu(editor, []);
    expect((await editor.inject({ method: 'GET', url: '/api/v1/menu' })).json().isDefault).toBe(true);
  });

  it('refuses unsafe or malformed links and labels, naming the field; the menu stays as it was', async () => {
    await putMenu(editor, [{ label: 'Trang chủ', url: '/' }]);
    const cases: [unknown, string, string][] = [
      [{ label: 'X', url: 'javascript:alert(1)' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: 'X', url: '//evil.example/' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: 'X', url: 'http://vca.org.vn' }, 'items.0.url', 'https://'],
      [{ label: 'X', url: '/a b' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: 'X', url: '/\\evil.example' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: 'X', url: 'https://user:pw@vca.org.vn' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: 'X', url: 'data:text/html,hi' }, 'items.0.url', 'Đường dẫn phải là'],
      [{ label: ' ', url: '/' }, 'items.0.label', 'Vui lòng nhập tên mục'],
      [{ label: 'x'.repeat(61), url: '/' }, 'items.0.label', 'Tên mục tối đa 60 ký tự'],
      [
        { label: 'Cha', url: '/', children: [{ label: 'Con', url: 'vbscript:x' }] },
        'items.0.children.0.url',
        'Đường dẫn phải là',
      ],
    ];
    for (const [item, field, message] of cases) {
      const res = await putMenu(editor, [item]);
      expect(res.statusCode, JSON.stringify(item)).toBe(400);
      expect(res.json().fieldErrors[field], JSON.stringify(item)).toContain(message);
    }
    const tooMany = await putMenu(
      editor,
      Array.from({ length: 13 }, () => ({ label: 'A', url: '/' })),
    );
    expect(tooMany.json().fieldErrors.items).toBe('Menu chính tối đa 12 mục');
    expect(await getMainMenu(ctx())).toEqual([{ label: 'Trang chủ', href: '/' }]);
  });

  it('is edited by administrators and editors only; each alliance has its own', async () => {
    const contributor = await t.signIn((await t.addUser('cong_tac_vien')).email);
    expect((await contributor.inject({ method: 'GET', url: '/api/v1/menu' })).statusCode).toBe(200);
    expect((await putMenu(contributor, [])).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/menu' })).statusCode).toBe(401);
    const { tenantId, adminEmail } = await addSecondTenant(t);
    const other = await t.signIn(adminEmail);
    expect((await other.inject({ method: 'GET', url: '/api/v1/menu' })).json().isDefault).toBe(true);
    await putMenu(other, [{ label: 'Sơn La', url: '/' }]);
    expect(await getMainMenu(ctx(tenantId))).toEqual([{ label: 'Sơn La', href: '/' }]);
    expect(await getMainMenu(ctx())).toEqual([{ label: 'Trang chủ', href: '/' }]);
  });
});

describe('website links', () => {
  const post = (client: StaffClient, payload: object) =>
    client.inject({ method: 'POST', url: '/api/v1/links', payload });

  it('creates, orders, updates and deletes links, audited; the home page reads them', async () => {
    const a = (
      await post(editor, { title: 'Liên minh HTX Việt Nam', url: 'https://vca.org.vn', position: 2 })
    ).json();
    const b = (
      await post(editor, { title: 'Cổng thông tin tỉnh', url: 'http://sonla.gov.vn', position: 1 })
    ).json();
    expect(await listWebsiteLinks(ctx())).toEqual([
      { id: b.id, title: 'Cổng thông tin tỉnh', url: 'http://sonla.gov.vn' },
      { id: a.id, title: 'Liên minh HTX Việt Nam', url: 'https://vca.org.vn' },
    ]);
    const upd = await editor.inject({
      method: 'PUT',
      url: `/api/v1/links/${a.id}`,
      payload: { title: 'VCA', url: 'https://vca.org.vn/', position: 0 },
    });
    expect(upd.statusCode).toBe(200);
    expect((await listWebsiteLinks(ctx()))[0]).toEqual({
      id: a.id,
      title: 'VCA',
      url: 'https://vca.org.vn/',
    });
    expect((await editor.inject({ method: 'DELETE', url: `/api/v1/links/${b.id}` })).statusCode).toBe(204);
    expect((await editor.inject({ method: 'GET', url: '/api/v1/links' })).json().items).toHaveLength(1);
    const trail = (await admin.inject({ method: 'GET', url: '/api/v1/audit?entity=website_link' })).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'link.delete',
      'link.update',
      'link.create',
      'link.create',
    ]);
  });

  it('refuses bad links with a field message and writes nothing', async () => {
    const before = (await editor.inject({ method: 'GET', url: '/api/v1/links' })).json().items.length;
    const res = await post(editor, { title: '', url: 'javascript:alert(1)', position: 1.5 });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({
      title: 'Vui lòng nhập tên website',
      url: 'Địa chỉ phải bắt đầu bằng https:// hoặc http:// (hoặc / cho trang trên website này)',
      position: 'Thứ tự phải là số nguyên',
    });
    for (const url of ['ftp://x.vn', 'https://', '"><script>', 'https://x.vn/"onmouseover="a']) {
      expect((await post(editor, { title: 'X', url })).statusCode, url).toBe(400);
    }
    expect((await editor.inject({ method: 'GET', url: '/api/v1/links' })).json().items.length).toBe(before);
  });

  it('is written by administrators and editors; other alliances cannot touch ours', async () => {
    const link = (await post(editor, { title: 'Bộ Tài chính', url: 'https://mof.gov.vn' })).json();
    const viewer = await t.signIn((await t.addUser('lanh_dao')).email);
    expect((await viewer.inject({ method: 'GET', url: '/api/v1/links' })).statusCode).toBe(200);
    expect((await post(viewer, { title: 'X', url: 'https://x.vn' })).statusCode).toBe(403);
    const other = await t.signIn((await t.addUser('quan_tri', { tenantId: await secondTenantId() })).email);
    expect((await other.inject({ method: 'GET', url: '/api/v1/links' })).json().items).toEqual([]);
    const put = await other.inject({
      method: 'PUT',
      url: `/api/v1/links/${link.id}`,
      payload: { title: 'Chiếm', url: 'https://evil.example' },
    });
    expect(put.statusCode).toBe(404);
    expect((await other.inject({ method: 'DELETE', url: `/api/v1/links/${link.id}` })).statusCode).toBe(404);
    expect((await listWebsiteLinks(ctx())).find((l) => l.id === link.id)?.title).toBe('Bộ Tài chính');
  });
});

async function secondTenantId(): Promise<string> {
  const existing = t.tenants.list().find((x) => x.id !== t.tenant.id);
  return existing ? existing.id : (await addSecondTenant(t)).tenantId;
}

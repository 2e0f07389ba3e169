import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { silentLog } from '../../core/silent-log.ts';
import { addSecondTenant, OTHER_HOST } from '../media/second-tenant.fixture.ts';
// Read directly: the search module has no query service yet, and this checks what we index.
import { searchEntries } from '../search/search.tables.ts';
import { pageSitemapEntries } from './page-sitemap.service.ts';

let t: TestApp;
let admin: StaffClient;
let editor: StaffClient;

const BROWSER = { accept: 'text/html,application/xhtml+xml' };
const get = (url: string, host?: string) =>
  t.app.inject({ method: 'GET', url, headers: host ? { ...BROWSER, host } : BROWSER });
const h1s = (html: string) => [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn((await t.addUser('quan_tri')).email);
  editor = await t.signIn((await t.addUser('bien_tap')).email);
});
afterAll(() => t.close());

async function createPage(payload: Record<string, unknown>, client = editor) {
  const res = await client.inject({ method: 'POST', url: '/api/v1/pages', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; slug: string; url: string; bodyHtml: string; title: string };
}

describe('static pages API', () => {
  it('creates a page with a slug from its Vietnamese title, sanitizing the body; audited and indexed', async () => {
    const page = await createPage({
      title: 'Chức năng, nhiệm vụ',
      bodyHtml:
        '<h1>Chức năng</h1><p onclick="steal()">Liên minh <strong>tham mưu</strong><script>alert(1)</script></p>' +
        '<p><a href="javascript:alert(1)">xấu</a> <a href="https://vca.org.vn">VCA</a></p>' +
        '<img src="x" onerror="alert(1)"><p style="color:red">Word</p><iframe src="https://evil.example"></iframe>',
      position: 2,
    });
    expect(page.slug).toBe('chuc-nang-nhiem-vu');
    expect(page.url).toBe('/gioi-thieu/chuc-nang-nhiem-vu');
    expect(page.bodyHtml).toBe(
      '<h2>Chức năng</h2><p>Liên minh <strong>tham mưu</strong></p>' +
        '<p><a>xấu</a> <a href="https://vca.org.vn" rel="noopener noreferrer">VCA</a></p><p>Word</p>',
    );
    const trail = (
      await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=page&entityId=${page.id}` })
    ).json();
    expect(trail.items[0]).toMatchObject({ action: 'page.create', after: { slug: 'chuc-nang-nhiem-vu' } });
    const entry = (await t.database.db.select().from(searchEntries)).find((r) => r.refId === page.id);
    expect(entry).toMatchObject({ kind: 'page', url: page.url, title: 'Chức năng, nhiệm vụ' });
    expect(entry?.body).toContain('Liên minh tham mưu');
  });

  it('refuses a taken or malformed slug, naming the field, and writes nothing', async () => {
    await createPage({ title: 'Cơ cấu tổ chức' });
    const count = async () =>
      (await editor.inject({ method: 'GET', url: '/api/v1/pages' })).json().items.length;
    const before = await count();
    const dup = await editor.inject({
      method: 'POST',
      url: '/api/v1/pages',
      payload: { title: 'Cơ cấu tổ chức' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().fieldErrors).toEqual({ slug: 'Đường dẫn này đã được dùng cho một trang khác' });
    const bad = await editor.inject({
      method: 'POST',
      url: '/api/v1/pages',
      payload: { title: '', slug: 'Có Dấu/../x', position: -1, published: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors).toMatchObject({
      title: 'Vui lòng nhập tiêu đề',
      slug: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
      position: 'Thứ tự không được âm',
    });
    expect(bad.json().fieldErrors.published).toBeTruthy();
    const symbols = await editor.inject({ method: 'POST', url: '/api/v1/pages', payload: { title: '!!!' } });
    expect(symbols.json().fieldErrors.slug).toMatch(/Vui lòng nhập đường dẫn/);
    expect(await count()).toBe(before);
  });

  it('updates (new slug, unpublish) and deletes, keeping the search index in step', async () => {
    const page = await createPage({ title: 'Lịch sử hình thành', bodyHtml: '<p>Thành lập năm 1996.</p>' });
    const res = await editor.inject({
      method: 'PUT',
      url: `/api/v1/pages/${page.id}`,
      payload: { title: 'Lịch sử', slug: 'lich-su', bodyHtml: '<p>Sửa</p>', published: false },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ slug: 'lich-su', published: false });
    const find = async () =>
      (await t.database.db.select().from(searchEntries)).find((r) => r.refId === page.id);
    expect(await find()).toBeUndefined();
    expect((await get('/gioi-thieu/lich-su')).statusCode).toBe(404);
    expect((await get('/gioi-thieu/lich-su-hinh-thanh')).statusCode).toBe(404);
    expect((await editor.inject({ method: 'DELETE', url: `/api/v1/pages/${page.id}` })).statusCode).toBe(204);
    expect((await editor.inject({ method: 'GET', url: `/api/v1/pages/${page.id}` })).statusCode).toBe(404);
    const trail = (
      await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=page&entityId=${page.id}` })
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'page.delete',
      'page.update',
      'page.create',
    ]);
  });

  it('lets administrators and editors write, other staff read, visitors nothing', async () => {
    const page = await createPage({ title: 'Quyền' }, admin);
    for (const role of ['cong_tac_vien', 'can_bo', 'lanh_dao', 'thanh_vien'] as const) {
      const c = await t.signIn((await t.addUser(role)).email);
      expect((await c.inject({ method: 'GET', url: `/api/v1/pages/${page.id}` })).statusCode).toBe(200);
      expect(
        (await c.inject({ method: 'POST', url: '/api/v1/pages', payload: { title: 'X' } })).statusCode,
      ).toBe(403);
      expect((await c.inject({ method: 'DELETE', url: `/api/v1/pages/${page.id}` })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/pages' })).statusCode).toBe(401);
    expect((await editor.inject({ method: 'GET', url: '/api/v1/pages/khong-phai' })).statusCode).toBe(400);
  });
});

describe('public pages', () => {
  it('/gioi-thieu lists the published pages in order, with the contact page', async () => {
    await createPage({ title: 'Giới thiệu chung', position: 0, bodyHtml: '<p>Liên minh HTX tỉnh.</p>' });
    await createPage({ title: 'Bản nháp', published: false });
    const res = await get('/gioi-thieu');
    expect(res.statusCode).toBe(200);
    expect(h1s(res.body)).toEqual(['Giới thiệu']);
    expect(canonical(res.body)).toBe('http://localhost/gioi-thieu');
    const titles = [...res.body.matchAll(/<a class="page-index__link" href="([^"]+)">([^<]+)<\/a>/g)].map(
      (m) => m[2],
    );
    // Position first (0 before 2), then title.
    expect(titles.indexOf('Giới thiệu chung')).toBeLessThan(titles.indexOf('Chức năng, nhiệm vụ'));
    expect(titles).toContain('Chức năng, nhiệm vụ');
    expect(titles).not.toContain('Bản nháp');
    expect(titles.at(-1)).toBe('Liên hệ');
  });

  it('/gioi-thieu/:slug shows the sanitized body under one h1, escaping the title', async () => {
    const page = await createPage({
      title: 'Tổ chức <script>alert("t")</script> & bộ máy',
      slug: 'to-chuc-bo-may',
      bodyHtml: '<p>Ban Thường vụ</p><table><tr><td onmouseover="x()">Chủ tịch</td></tr></table>',
    });
    const res = await get(page.url);
    expect(res.statusCode).toBe(200);
    expect(h1s(res.body)).toEqual(['Tổ chức &lt;script>alert(&#34;t&#34;)&lt;/script> &amp; bộ máy']);
    // Escaped wherever it is printed (in attribute values "<" is inert text).
    const body = res.body.slice(res.body.indexOf('<body>'));
    expect(body).not.toContain('<script>alert');
    expect(res.body).not.toContain('onmouseover');
    expect(res.body).toContain(
      '<div class="page-body"><p>Ban Thường vụ</p><table><tr><td>Chủ tịch</td></tr></table></div>',
    );
    expect(canonical(res.body)).toBe('http://localhost/gioi-thieu/to-chuc-bo-may');
    expect(res.body).toContain('<a href="/gioi-thieu">Giới thiệu</a>');
    expect(res.body).toMatch(
      /<a class="page-index__link" href="\/gioi-thieu\/to-chuc-bo-may" aria-current="page">/,
    );
  });

  it('lists the published pages for the sitemap', async () => {
    const ctx = { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog };
    const entries = await pageSitemapEntries(ctx);
    expect(entries[0]?.path).toBe('/gioi-thieu');
    expect(entries.map((e) => e.path)).toContain('/gioi-thieu/chuc-nang-nhiem-vu');
    expect(entries.map((e) => e.path)).not.toContain('/gioi-thieu/ban-nhap');
    expect(entries.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e.lastmod))).toBe(true);
  });

  it('answers unknown and malformed slugs with the 404 page', async () => {
    for (const url of [
      '/gioi-thieu/khong-co',
      '/gioi-thieu/Co-Dau',
      '/gioi-thieu/%3Cscript%3E',
      `/gioi-thieu/${'a'.repeat(100)}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(h1s(res.body)).toEqual(['Không tìm thấy trang']);
    }
  });

  it('shows an edit on the next request (the page cache is told)', async () => {
    const page = await createPage({ title: 'Tầm nhìn', bodyHtml: '<p>Bản một</p>' });
    await get(page.url);
    expect((await get(page.url)).headers['x-cache']).toBe('hit');
    await editor.inject({
      method: 'PUT',
      url: `/api/v1/pages/${page.id}`,
      payload: { title: 'Tầm nhìn', slug: page.slug, bodyHtml: '<p>Bản hai</p>' },
    });
    const res = await get(page.url);
    expect(res.body).toContain('Bản hai');
  });

  it('/lien-he shows the alliance contacts, focal contacts and the feedback link', async () => {
    const empty = await get('/lien-he');
    expect(h1s(empty.body)).toEqual(['Liên hệ']);
    expect(empty.body).toContain('Thông tin liên hệ đang được cập nhật.');
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: {
        name: t.tenant.name,
        hosts: [],
        settings: {
          siteTitle: t.tenant.settings.siteTitle,
          logoUrl: null,
          address: 'Số 8, đường Tô Hiệu <b>',
          phone: '0212 3852 123',
          email: 'lienminh@example.vn',
          contacts: [{ name: 'Nguyễn Thị Hạnh', title: 'Chánh Văn phòng', phone: '0912 345 678', email: '' }],
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const html = (await get('/lien-he')).body;
    expect(canonical(html)).toBe('http://localhost/lien-he');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain('Số 8, đường Tô Hiệu &lt;b>');
    expect(main).toContain('<a href="tel:02123852123">0212 3852 123</a>');
    expect(main).toContain('<a href="mailto:lienminh@example.vn">lienminh@example.vn</a>');
    expect(main).toContain('Nguyễn Thị Hạnh');
    expect(main).toContain('Chánh Văn phòng');
    expect(main).toContain('href="/phan-hoi"');
    expect(h1s(html)).toHaveLength(1);
  });

  it('keeps each alliance’s pages to itself', async () => {
    await createPage({ title: 'Chỉ của chúng tôi', slug: 'rieng' });
    const { adminEmail } = await addSecondTenant(t);
    const other = await t.signIn(adminEmail);
    expect((await get('/gioi-thieu/rieng', OTHER_HOST)).statusCode).toBe(404);
    expect((await get('/gioi-thieu', OTHER_HOST)).body).not.toContain('Chỉ của chúng tôi');
    const ours = (await editor.inject({ method: 'GET', url: '/api/v1/pages' })).json().items[0];
    expect((await other.inject({ method: 'GET', url: `/api/v1/pages/${ours.id}` })).statusCode).toBe(404);
    expect(
      (await other.inject({ method: 'PUT', url: `/api/v1/pages/${ours.id}`, payload: { title: 'Chiếm' } }))
        .statusCode,
    ).toBe(404);
    expect((await other.inject({ method: 'DELETE', url: `/api/v1/pages/${ours.id}` })).statusCode).toBe(404);
    // The same slug is free in another alliance.
    const theirs = await other.inject({
      method: 'POST',
      url: '/api/v1/pages',
      payload: { title: 'Riêng', slug: 'rieng' },
    });
    expect(theirs.statusCode).toBe(201);
    expect((await get('/gioi-thieu/rieng', OTHER_HOST)).body).toContain('Riêng');
  });
});

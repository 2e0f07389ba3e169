import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/helpers/test-app.ts';
import type { SiteSettings } from '../modules/tenants/tenants.dto.ts';
import { insertTenant } from '../modules/tenants/tenants.repo.ts';
import { reloadTenantDirectory } from '../modules/tenants/tenants.service.ts';
import { FONT_SIZE_BOOT_SCRIPT, INLINE_SCRIPT_HASHES } from './csp.ts';
import { renderErrorHtml } from './error-pages.tsx';
import { menuCurrent } from './layout/main-menu.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function count(html: string, re: RegExp): number {
  return html.match(new RegExp(re.source, 'g'))?.length ?? 0;
}

function between(html: string, open: string, close: string): string {
  const start = html.indexOf(open);
  const end = html.indexOf(close, start);
  expect(start, `${open} present`).toBeGreaterThanOrEqual(0);
  return html.slice(start, end + close.length);
}

function h1Text(html: string): string {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
}

describe('public site (one alliance)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;

  beforeAll(async () => {
    t = await createTestApp();
    const { email } = await t.addUser('quan_tri');
    admin = await t.signIn(email);
  });
  afterAll(() => t.close());

  async function saveTenant(name: string, settings: Partial<SiteSettings>): Promise<void> {
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: {
        name,
        hosts: [],
        settings: {
          siteTitle: name,
          logoUrl: null,
          address: '',
          phone: '',
          email: '',
          contacts: [],
          ...settings,
        },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  it('renders the home page through the layout', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const html = res.body;
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8"/>');
    expect(h1Text(html)).toBe(t.tenant.name);
    expect(count(html, /<h1[\s>]/)).toBe(1);
    expect(html).toContain(`<title>Trang chủ — ${t.tenant.settings.siteTitle}</title>`);
    expect(html).toContain('<link rel="canonical" href="http://localhost/"/>');
    expect(html).toContain('<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>');
    expect(html).toMatch(/<header class="site-header">/);
    expect(html).toMatch(/<nav class="main-nav" aria-label="Menu chính">/);
    expect(html).toMatch(/<main id="noi-dung"/);
    expect(html).toMatch(/<footer class="site-footer">/);
    expect(html).toContain(`© 2026 ${t.tenant.name}`);
    // Strict CSP: no inline styles anywhere.
    expect(html).not.toMatch(/\sstyle=|<style/);
  });

  it('marks the current menu item and lists every section', async () => {
    const nav = between(
      (await t.app.inject({ method: 'GET', url: '/' })).body,
      '<nav class="main-nav"',
      '</nav>',
    );
    const current = [...nav.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(current).toEqual(['Trang chủ']);
    for (const [label, href] of [
      ['Tin tức', '/tin-tuc'],
      ['Văn bản', '/van-ban'],
      ['Hợp tác xã', '/hop-tac-xa'],
      ['Sản phẩm', '/san-pham'],
      ['Giới thiệu', '/gioi-thieu'],
      ['Liên hệ', '/lien-he'],
    ]) {
      expect(nav).toContain(`href="${href}"`);
      expect(nav).toContain(`>${label}</a>`);
    }
    expect(menuCurrent({ label: 'Tin tức', href: '/tin-tuc' }, '/tin-tuc/mot-bai')).toBe('true');
    expect(menuCurrent({ label: 'Trang chủ', href: '/' }, '/tin-tuc')).toBeUndefined();
  });

  it('has a labelled GET search form and the font-size switch', async () => {
    const html = (await t.app.inject({ method: 'GET', url: '/' })).body;
    const form = between(html, '<search class="search-form search-form--header">', '</search>');
    expect(form).toContain('<form action="/tim-kiem" method="get">');
    expect(form).toMatch(/<label for="tim-kiem-dau-trang"[^>]*>Tìm kiếm trên trang<\/label>/);
    expect(form).toMatch(/<input id="tim-kiem-dau-trang"[^>]*name="q"/);
    const sw = between(html, '<fieldset class="fs-switch">', '</fieldset>');
    expect(sw).toContain('<legend class="fs-switch__label">Cỡ chữ</legend>');
    expect(sw).toMatch(/>\s*A−\s*<span class="visually-hidden"> Giảm cỡ chữ<\/span>\s*<\/button>/);
    expect(sw).toMatch(/>\s*A\s*<span class="visually-hidden"> Cỡ chữ mặc định<\/span>\s*<\/button>/);
    expect(sw).toMatch(/>\s*A\+\s*<span class="visually-hidden"> Tăng cỡ chữ<\/span>\s*<\/button>/);
    expect(html).toMatch(/<script src="\/assets\/site\.[0-9a-f]{10}\.js" defer><\/script>/);
  });

  it('allows exactly the inline head script by its CSP hash', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    const inline = [...res.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toEqual([FONT_SIZE_BOOT_SCRIPT]);
    const hash = `sha256-${createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64')}`;
    expect(INLINE_SCRIPT_HASHES).toEqual([hash]);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(new RegExp(`script-src 'self' '${hash.replace(/[+/]/g, '\\$&')}'`));
    expect(csp).toContain("style-src 'self'");
    // The script runs in <head>, before the body is painted.
    expect(res.body.indexOf(FONT_SIZE_BOOT_SCRIPT)).toBeLessThan(res.body.indexOf('<body>'));
  });

  it('shows the alliance contacts and focal contacts once they are set', async () => {
    const before = between((await t.app.inject({ method: 'GET', url: '/' })).body, '<footer', '</footer>');
    expect(before).not.toContain('Đầu mối liên hệ');
    await saveTenant('Liên minh Hợp tác xã tỉnh Sơn La', {
      siteTitle: 'Trang thông tin điện tử Liên minh HTX tỉnh Sơn La',
      address: 'Số 8, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La',
      phone: '0212 3852 123',
      email: 'lienminh@sonla.gov.vn',
      contacts: [
        {
          name: 'Nguyễn Thị Hạnh',
          title: 'Chánh Văn phòng',
          phone: '0912 345 678',
          email: 'hanh@sonla.gov.vn',
        },
      ],
    });
    const html = (await t.app.inject({ method: 'GET', url: '/' })).body;
    const footer = between(html, '<footer', '</footer>');
    expect(footer).toContain('Liên minh Hợp tác xã tỉnh Sơn La');
    expect(footer).toContain('Số 8, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La');
    expect(footer).toContain('<a href="tel:02123852123">0212 3852 123</a>');
    expect(footer).toContain('<a href="mailto:lienminh@sonla.gov.vn">lienminh@sonla.gov.vn</a>');
    expect(footer).toContain('Đầu mối liên hệ');
    expect(footer).toContain('Nguyễn Thị Hạnh');
    expect(footer).toContain('Chánh Văn phòng');
    expect(footer).toContain('href="mailto:hanh@sonla.gov.vn"');
    expect(footer).toContain('© 2026 Liên minh Hợp tác xã tỉnh Sơn La');
    expect(h1Text(html)).toBe('Liên minh Hợp tác xã tỉnh Sơn La');
    expect(html).toContain('<title>Trang chủ — Trang thông tin điện tử Liên minh HTX tỉnh Sơn La</title>');
    // The home page's contact card draws on the same settings.
    const card = between(html, '<section class="contact-card"', '</section>');
    expect(card).toContain('lienminh@sonla.gov.vn');
    expect(card).toContain('Nguyễn Thị Hạnh');
  });

  it('escapes a name containing markup everywhere it appears', async () => {
    const evil = 'Liên minh <script>alert(1)</script> & "HTX"';
    await saveTenant(evil, { address: '<img src=x onerror=alert(2)>' });
    const html = (await t.app.inject({ method: 'GET', url: '/' })).body;
    // Inside a quoted attribute only " and & matter; everywhere else no tag may appear.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>alert(1)');
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(html).not.toMatch(/content="[^"]*"HTX/);
    expect(count(outsideAttributes, /<script[\s>]/)).toBe(4); // boot script, site.js, JSON-LD, counter.js
    expect(h1Text(html)).toBe('Liên minh &lt;script>alert(1)&lt;/script> &amp; &#34;HTX&#34;');
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>'); // JSON-LD cannot close its <script>
    expect(count(html, /<h1[\s>]/)).toBe(1);
    await saveTenant(t.tenant.name, {});
  });

  it('answers 304 to a page revalidation with the same ETag', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);
    const again = await t.app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': 'W/"khac"' } });
    expect(other.statusCode).toBe(200);
  });

  it('serves hashed assets with a year of immutable cache, ETag and 304', async () => {
    const html = (await t.app.inject({ method: 'GET', url: '/' })).body;
    const cssUrl = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"\/>/.exec(html)?.[1];
    const jsUrl = /<script src="(\/assets\/site\.[0-9a-f]{10}\.js)"/.exec(html)?.[1];
    expect(cssUrl).toBeDefined();
    expect(jsUrl).toBeDefined();
    for (const [url, type] of [
      [cssUrl, 'text/css; charset=utf-8'],
      [jsUrl, 'text/javascript; charset=utf-8'],
    ]) {
      const res = await t.app.inject({ method: 'GET', url: String(url) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const etag = String(res.headers.etag);
      expect(etag).toMatch(/^W\/"/);
      const revalidated = await t.app.inject({
        method: 'GET',
        url: String(url),
        headers: { 'if-none-match': etag },
      });
      expect(revalidated.statusCode).toBe(304);
      expect(revalidated.body).toBe('');
    }
    const css = (await t.app.inject({ method: 'GET', url: String(cssUrl) })).body;
    expect(css).toContain('.js .fs-switch');
    expect(css).toContain('@media print');
    const stale = await t.app.inject({ method: 'GET', url: '/assets/site.0000000000.css' });
    expect(stale.statusCode).toBe(404);
  });

  it('answers an unknown path with the Vietnamese 404 page in the layout', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/khong-co-trang-nay',
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(h1Text(html)).toBe('Không tìm thấy trang');
    expect(count(html, /<h1[\s>]/)).toBe(1);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('<a class="button-link" href="/">Về trang chủ</a>');
    const pageForm = between(html, '<search class="search-form search-form--page">', '</search>');
    expect(pageForm).toContain('<form action="/tim-kiem" method="get">');
    expect(pageForm).toContain(
      '<label for="tim-kiem-trang-loi" class="search-form__label">Tìm kiếm trên trang</label>',
    );
    expect(html).toMatch(/<footer class="site-footer">/);
    // No menu item claims to be the current page.
    expect(between(html, '<nav class="main-nav"', '</nav>')).not.toContain('aria-current');
  });

  it('keeps JSON 404s for the API', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/khong-co',
      headers: { accept: BROWSER_ACCEPT },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('renders a calm Vietnamese 500 page with the incident code', () => {
    const req = {
      id: 'req-123',
      url: '/tin-tuc/bai-viet',
      host: 'localhost',
      protocol: 'http',
      headers: { host: 'localhost' },
      tenant: t.tenants.list()[0],
      server: t.app,
      log: t.app.log,
    } as unknown as FastifyRequest;
    const html = renderErrorHtml(req, 500);
    expect(h1Text(html)).toBe('Đã có lỗi hệ thống');
    expect(html).toContain('<code>req-123</code>');
    expect(html).toMatch(/<footer class="site-footer">/);
    const broken = { ...req, tenant: { ...t.tenant, settings: null } } as unknown as FastifyRequest;
    const fallback = renderErrorHtml(broken, 500);
    expect(h1Text(fallback)).toBe('Đã có lỗi hệ thống');
    expect(fallback).toContain('<html lang="vi">');
  });
});

describe('public site (several alliances)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await insertTenant(t.database.db, {
      code: 'son-la',
      name: 'Liên minh Hợp tác xã tỉnh Sơn La',
      provinceCode: '14',
      hosts: ['lmhtx.sonla.vn'],
      settings: {
        siteTitle: 'Liên minh Hợp tác xã tỉnh Sơn La',
        logoUrl: null,
        address: '',
        phone: '',
        email: '',
        contacts: [],
      },
    });
    await reloadTenantDirectory(t.database.db, t.tenants);
  });
  afterAll(() => t.close());

  it('serves each alliance on its own host name', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'lmhtx.sonla.vn' } });
    expect(res.statusCode).toBe(200);
    expect(h1Text(res.body)).toBe('Liên minh Hợp tác xã tỉnh Sơn La');
    expect(res.body).toContain('<link rel="canonical" href="http://lmhtx.sonla.vn/"/>');
  });

  it('answers an unknown host with the standalone 404 page', async () => {
    for (const url of ['/', '/tin-tuc']) {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { host: 'la.example.vn', accept: BROWSER_ACCEPT },
      });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(h1Text(res.body)).toBe('Không tìm thấy trang thông tin điện tử của đơn vị cho tên miền này');
      expect(res.body).toContain('<html lang="vi">');
      expect(res.body).toContain('la.example.vn');
      expect(res.body).not.toContain('site-header');
      expect(res.body).not.toContain(t.tenant.name);
    }
  });

  it('still serves the stylesheet to an unknown host', async () => {
    const html = (await t.app.inject({ method: 'GET', url: '/', headers: { host: 'la.example.vn' } })).body;
    const cssUrl = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(html)?.[1];
    const res = await t.app.inject({
      method: 'GET',
      url: String(cssUrl),
      headers: { host: 'la.example.vn' },
    });
    expect(res.statusCode).toBe(200);
  });
});

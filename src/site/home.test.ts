import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/helpers/test-app.ts';
import { SESSION_COOKIE } from '../core/auth/session.ts';
import { contentEvents } from '../core/content-events.ts';
import { legalDocuments } from '../modules/documents/documents.tables.ts';
import { articles, categories } from '../modules/news/news.tables.ts';
import { websiteLinks } from '../modules/pages/pages.tables.ts';

const HOUR = 3_600_000;

function section(html: string, id: string): string {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

function titles(fragment: string): string[] {
  return [...fragment.matchAll(/<a class="news-list__link" href="[^"]*">([^<]*)<\/a>/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('home page', () => {
  let t: TestApp;
  const get = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/', headers });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows Vietnamese empty states before there is any content, and the visitor counter', async () => {
    const html = (await get()).body;
    expect(section(html, 'tin-noi-bat')).toContain('Chưa có tin bài.');
    expect(section(html, 'tin-moi-nhat')).toContain('Chưa có tin bài.');
    expect(section(html, 'van-ban-moi')).toContain('Chưa có văn bản.');
    expect(section(html, 'lien-ket-website')).toContain('Chưa có liên kết.');
    const counter = section(html, 'thong-ke');
    expect(counter).toContain('data-counter-url="/thong-ke/bo-dem"');
    expect(counter).toMatch(/<dt>Thống kê truy cập:<\/dt><dd data-counter="total">[\d.]+<\/dd>/);
    expect(counter).toMatch(/<dt>Số người trực tuyến:<\/dt><dd data-counter="online">[\d.]+<\/dd>/);
    expect(counter).toMatch(/<script src="\/assets\/counter\.[0-9a-f]{10}\.js" defer><\/script>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('fills the blocks: featured, latest, one per main category, documents and links', async () => {
    const db = t.database.db;
    const [diemTin, donVi, hidden] = await db
      .insert(categories)
      .values([
        { tenantId: t.tenant.id, name: 'Điểm tin', slug: 'diem-tin', position: 1 },
        { tenantId: t.tenant.id, name: 'Tin từ các đơn vị', slug: 'tin-tu-cac-don-vi', position: 2 },
        { tenantId: t.tenant.id, name: 'Lưu trữ', slug: 'luu-tru', position: 3, showOnHome: false },
      ])
      .returning();
    if (!diemTin || !donVi || !hidden) throw new Error('categories');
    const now = t.clock.now().getTime();
    const rows = Array.from({ length: 14 }, (_, i) => ({
      tenantId: t.tenant.id,
      slug: `tin-so-${i + 1}`,
      title: `Tin số ${i + 1} <về HTX>`,
      summary: `Tóm tắt tin số ${i + 1}`,
      categoryId: i % 2 === 0 ? diemTin.id : donVi.id,
      featured: i >= 12,
      status: 'published',
      publishedAt: new Date(now - (14 - i) * HOUR),
    }));
    await db.insert(articles).values([
      ...rows,
      // Not shown: a draft, and one scheduled for tomorrow.
      { tenantId: t.tenant.id, slug: 'ban-nhap', title: 'Bản nháp', categoryId: diemTin.id, status: 'draft' },
      {
        tenantId: t.tenant.id,
        slug: 'hen-gio',
        title: 'Tin hẹn giờ',
        categoryId: diemTin.id,
        status: 'published',
        publishedAt: new Date(now + 24 * HOUR),
      },
    ]);
    await db.insert(legalDocuments).values({
      tenantId: t.tenant.id,
      number: '12/KH-LMHTX',
      docType: 'Kế hoạch',
      issuer: 'Liên minh HTX tỉnh',
      issuedOn: '2026-02-20',
      summary: 'Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023',
    });
    await db.insert(websiteLinks).values([
      { tenantId: t.tenant.id, title: 'Liên minh HTX Việt Nam', url: 'https://vca.org.vn', position: 1 },
      { tenantId: t.tenant.id, title: 'Liên kết hỏng', url: 'javascript:alert(1)', position: 2 },
    ]);
    // The writes above bypassed the services; announce what they would have announced.
    contentEvents.emit('changed', { tenantId: t.tenant.id, tags: ['articles', 'documents', 'links'] });

    const html = (await get()).body;
    const featured = section(html, 'tin-noi-bat');
    expect(featured).toContain(
      '<h3 class="lead-story__title"><a href="/tin-tuc/tin-so-14">Tin số 14 &lt;về HTX></a></h3>',
    );
    expect(titles(featured)).toEqual(['Tin số 13 &lt;về HTX>']);
    const latest = titles(section(html, 'tin-moi-nhat'));
    expect(latest).toHaveLength(10);
    expect(latest[0]).toBe('Tin số 12 &lt;về HTX>'); // featured ones are not repeated
    expect(html).not.toContain('Bản nháp');
    expect(html).not.toContain('Tin hẹn giờ');
    const first = section(html, 'chuyen-muc-1');
    expect(first).toContain('<a class="section-title__link" href="/chuyen-muc/diem-tin">Điểm tin</a>');
    expect(titles(first)).toHaveLength(5);
    expect(section(html, 'chuyen-muc-2')).toContain('Tin từ các đơn vị');
    expect(html).not.toContain('aria-labelledby="chuyen-muc-3"');
    const docs = section(html, 'van-ban-moi');
    expect(docs).toMatch(/<a class="home-docs__number" href="\/van-ban\/[0-9a-f-]{36}">12\/KH-LMHTX<\/a>/);
    expect(docs).toContain('<time class="news-date" datetime="2026-02-20">20/02/2026</time>');
    const links = section(html, 'lien-ket-website');
    expect(links).toContain(
      '<a href="https://vca.org.vn" rel="noopener noreferrer">Liên minh HTX Việt Nam</a>',
    );
    expect(links).not.toContain('javascript:');
  });

  it('is served from the page cache until content changes, and never to staff', async () => {
    await get(); // make sure it is stored
    const hit = await get();
    expect(hit.headers['x-cache']).toBe('hit');
    expect((await get({ 'if-none-match': String(hit.headers.etag) })).statusCode).toBe(304);
    expect((await get({ cookie: `${SESSION_COOKIE}=phien-cua-can-bo` })).headers['x-cache']).toBe('bypass');
    contentEvents.emit('changed', { tenantId: t.tenant.id, tags: ['documents'] });
    expect((await get()).headers['x-cache']).toBe('miss');
    contentEvents.emit('changed', { tenantId: t.tenant.id, tags: ['article:khac', 'feedback:khac'] });
    expect((await get()).headers['x-cache']).toBe('hit');
  });

  it('shows a scheduled article once its time has come, even if nobody announces it', async () => {
    expect((await get()).body).not.toContain('Tin hẹn giờ');
    t.clock.advance(25 * HOUR);
    const html = (await get()).body;
    expect(html).toContain('Tin hẹn giờ');
  });

  it('shows the new settings on the next request after the tenant is saved', async () => {
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    await get();
    const res = await admin.inject({
      method: 'PUT',
      url: '/api/v1/tenant',
      payload: {
        name: 'Liên minh Hợp tác xã tỉnh Mới Đổi Tên',
        hosts: [],
        settings: { ...t.tenant.settings, siteTitle: 'Liên minh Hợp tác xã tỉnh Mới Đổi Tên' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const html = (await get()).body;
    expect(html).toContain('Liên minh Hợp tác xã tỉnh Mới Đổi Tên');
  });
});

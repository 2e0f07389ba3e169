import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { BROWSER, type EditorRoom, publishedArticle, setUpEditor } from './news-test-kit.ts';

let t: TestApp;
let room: EditorRoom;
let parentId: string;
let childId: string;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpEditor(t);
  const parent = await room.editor.inject({
    method: 'POST',
    url: '/api/v1/news/categories',
    payload: { name: 'Tin từ các đơn vị', description: 'Tin do các hợp tác xã gửi về.' },
  });
  parentId = parent.json().id;
  const child = await room.editor.inject({
    method: 'POST',
    url: '/api/v1/news/categories',
    payload: { name: 'Huyện Mộc Châu', parentId },
  });
  childId = child.json().id;
  // 22 in the child category, one a minute apart, so the order is known: #22 is the newest.
  for (let i = 1; i <= 22; i++) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    await publishedArticle(room, { title: `Tin đơn vị số ${i}`, publishedAt: at }, childId);
  }
  await publishedArticle(room, {
    title: 'Giá lúa & "gạo" <tăng> mạnh',
    summary: 'Tóm tắt có ký tự đặc biệt: & < > " \u0001',
    publishedAt: new Date(Date.UTC(2026, 0, 2)).toISOString(),
  });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: BROWSER });
const titles = (html: string) =>
  [...html.matchAll(/<h2 class="news-card__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

describe('news lists', () => {
  it('pages /tin-tuc 20 at a time, newest first', async () => {
    const first = await get('/tin-tuc');
    expect(first.statusCode).toBe(200);
    expect(first.body.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(titles(first.body)).toHaveLength(20);
    expect(titles(first.body)[0]).toBe('Giá lúa &amp; &#34;gạo&#34; &lt;tăng> mạnh');
    expect(first.body).toContain('<a class="pagination__link" href="/tin-tuc?trang=2" rel="next">');
    const second = await get('/tin-tuc?trang=2');
    expect(titles(second.body)).toEqual(['Tin đơn vị số 3', 'Tin đơn vị số 2', 'Tin đơn vị số 1']);
    expect(second.body).toContain('<link rel="canonical" href="http://localhost/tin-tuc?trang=2"/>');
    expect(second.body).toContain(
      '<span class="pagination__link pagination__link--current" aria-current="page">',
    );
  });

  it('answers malformed page numbers with the first page and impossible ones with 404, never 500', async () => {
    for (const bad of ['abc', '-1', '0', '1.5', '%00', '2&trang=3']) {
      const res = await get(`/tin-tuc?trang=${bad}`);
      expect(res.statusCode, bad).toBe(200);
      expect(res.body).toContain('<link rel="canonical" href="http://localhost/tin-tuc"/>');
    }
    for (const far of ['3', '99999999999', '999999999']) {
      expect((await get(`/tin-tuc?trang=${far}`)).statusCode, far).toBe(404);
      expect((await get(`/chuyen-muc/tin-tu-cac-don-vi?trang=${far}`)).statusCode, far).toBe(404);
    }
  });

  it('shows a category with its subcategories and their articles', async () => {
    const res = await get('/chuyen-muc/tin-tu-cac-don-vi');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="page-title">Tin từ các đơn vị</h1>');
    expect(res.body).toContain(
      '<a class="subcategories__link" href="/chuyen-muc/huyen-moc-chau">Huyện Mộc Châu</a>',
    );
    expect(titles(res.body)[0]).toBe('Tin đơn vị số 22');
    expect(res.body).toContain('href="/chuyen-muc/tin-tu-cac-don-vi?trang=2"');
    const child = await get('/chuyen-muc/huyen-moc-chau?trang=2');
    expect(titles(child.body)).toEqual(['Tin đơn vị số 2', 'Tin đơn vị số 1']);
    expect(child.body).toMatch(/<nav class="breadcrumb"[\s\S]*Tin từ các đơn vị[\s\S]*Huyện Mộc Châu/);
    expect((await get('/chuyen-muc/khong-ton-tai')).statusCode).toBe(404);
  });

  it('serves RSS 2.0 with escaped text', async () => {
    const res = await get('/rss.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const xml = res.body;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toMatch(/<channel>\n<title>[^<]+<\/title>\n<link>http:\/\/localhost\/tin-tuc<\/link>/);
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toMatch(/<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/);
    const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(23);
    const special = items[0] as string;
    expect(special).toContain('<title>Giá lúa &amp; &quot;gạo&quot; &lt;tăng&gt; mạnh</title>');
    expect(special).toContain(
      '<description>Tóm tắt có ký tự đặc biệt: &amp; &lt; &gt; &quot; </description>',
    );
    expect(special).toMatch(/<guid isPermaLink="true">http:\/\/localhost\/tin-tuc\/[a-z0-9-]+<\/guid>/);
    expect(special).toContain('<pubDate>Fri, 02 Jan 2026 00:00:00 GMT</pubDate>');
    // Well-formed: every element closes, no raw "&" or "<" in text.
    expect(xml.replace(/<[^>]+>/g, '')).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)|</);
    const category = await get('/chuyen-muc/tin-tu-cac-don-vi/rss.xml');
    expect(category.body.match(/<item>/g)).toHaveLength(22);
    expect((await get('/chuyen-muc/khong-ton-tai/rss.xml')).statusCode).toBe(404);
  });

  it('serves a sitemap index with news and category children', async () => {
    const index = await get('/sitemap.xml');
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(index.body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    // News first; other sections (documents, pages, the directory) add their own children after.
    expect([...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).slice(0, 2)).toEqual([
      'http://localhost/sitemap-tin-tuc.xml',
      'http://localhost/sitemap-chuyen-muc.xml',
    ]);
    const news = await get('/sitemap-tin-tuc.xml');
    expect(news.body.match(/<url>/g)).toHaveLength(23);
    expect(news.body).toMatch(
      /<url><loc>http:\/\/localhost\/tin-tuc\/[a-z0-9-]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod><\/url>/,
    );
    expect((await get('/sitemap-tin-tuc-2.xml')).statusCode).toBe(404);
    expect((await get('/sitemap-tin-tuc-abc.xml')).statusCode).toBe(404);
    const cats = await get('/sitemap-chuyen-muc.xml');
    expect(cats.body).toContain('<loc>http://localhost/chuyen-muc/huyen-moc-chau</loc>');
    expect(cats.body).toContain('<loc>http://localhost/tin-tuc</loc>');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { insertTestImage } from './news-test.repo.ts';
import {
  act,
  BROWSER,
  createArticle,
  type EditorRoom,
  publishedArticle,
  setUpEditor,
} from './news-test-kit.ts';

let t: TestApp;
let room: EditorRoom;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpEditor(t);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: BROWSER });
const count = (html: string, re: RegExp) => html.match(new RegExp(re.source, 'g'))?.length ?? 0;

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1] as string),
  );
}

describe('public article page', () => {
  it('shows the article with dateline, breadcrumb, JSON-LD, canonical and one h1', async () => {
    // 03:40 UTC is 10:40 in Viet Nam.
    const a = await publishedArticle(room, {
      title: 'Hội nghị tổng kết năm 2025 <script>alert(1)</script>',
      summary: 'Liên minh tổng kết & đánh giá',
      bodyHtml:
        '<p>Nội dung <strong>chính</strong></p><script>alert(2)</script><img src="/media/a.webp" onerror="alert(3)" alt="Ảnh">',
      authorLine: 'Tin và ảnh: T.T',
      sourceName: 'baosonla.org.vn',
      sourceUrl: 'https://baosonla.org.vn/bai-viet',
      tags: ['Kinh tế tập thể', 'Hợp tác xã'],
      publishedAt: '2026-01-19T03:40:00Z',
    });
    expect(a.bodyHtml).not.toMatch(/script|onerror/);
    const res = await get(a.url);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(count(html, /<h1[\s>]/)).toBe(1);
    expect(html).toContain('Hội nghị tổng kết năm 2025 &lt;script>alert(1)&lt;/script></h1>');
    // Inside a quoted attribute (og:title) "<" is inert; outside attributes it must never appear raw.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<script>alert');
    expect(html).not.toContain('onerror');
    expect(html).toContain('<time datetime="2026-01-19T03:40:00.000Z">10:40 | 19/01/2026</time>');
    expect(html).toContain('<img loading="lazy" src="/media/a.webp" alt="Ảnh" />');
    expect(html).toContain(`<link rel="canonical" href="http://localhost${a.url}"/>`);
    expect(html).toMatch(/<nav class="breadcrumb"[\s\S]*Tin tức[\s\S]*Điểm tin[\s\S]*<\/nav>/);
    expect(html).toContain(
      'Theo <a href="https://baosonla.org.vn/bai-viet" rel="noopener noreferrer nofollow">baosonla.org.vn</a>',
    );
    expect(html).toContain('Tin và ảnh: T.T');
    expect(html).toContain('Kinh tế tập thể');
    expect(html).toContain(
      'https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2Ftin-tuc%2F',
    );
    const ld = jsonLd(html);
    const news = ld.find((d) => d['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: 'Hội nghị tổng kết năm 2025 <script>alert(1)</script>',
      datePublished: '2026-01-19T03:40:00.000Z',
      publisher: { '@type': 'Organization', name: t.tenant.name },
      author: { '@type': 'Person', name: 'Tin và ảnh: T.T' },
    });
    const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
    expect(crumbs.itemListElement.map((i) => i.name).slice(0, 3)).toEqual([
      'Trang chủ',
      'Tin tức',
      'Điểm tin',
    ]);
  });

  it('lists other news of the category and the latest', async () => {
    const older = await publishedArticle(room, {
      title: 'Tin cũ hơn cùng chuyên mục',
      publishedAt: '2026-01-01T01:00:00Z',
    });
    const current = await publishedArticle(room, {
      title: 'Tin đang đọc',
      publishedAt: '2026-02-01T01:00:00Z',
    });
    const html = (await get(current.url)).body;
    const others = html.slice(html.indexOf('id="cac-tin-khac"'), html.indexOf('id="moi-nhat"'));
    expect(others).toContain(older.url);
    expect(others).not.toContain(current.url);
    expect(html.slice(html.indexOf('id="moi-nhat"'))).toContain('Hội nghị tổng kết');
  });

  it('answers 404 for unknown, draft and scheduled articles, 301 for an old slug', async () => {
    expect((await get('/tin-tuc/khong-co-bai-nay')).statusCode).toBe(404);
    // Longer than any slug: refused by the router before any query.
    expect((await get(`/tin-tuc/${'x'.repeat(300)}`)).statusCode).toBe(414);
    const draft = await createArticle(room.editor, room.categoryId, { title: 'Bản nháp chưa đăng' });
    expect((await get(draft.url)).statusCode).toBe(404);

    const a = await publishedArticle(room, { title: 'Đường dẫn ban đầu' });
    const renamed = await room.editor.inject({
      method: 'PUT',
      url: `/api/v1/news/articles/${a.id}`,
      payload: { ...a, slug: 'duong-dan-moi', version: a.version },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const old = await get(a.url);
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/tin-tuc/duong-dan-moi');
    expect((await get('/tin-tuc/duong-dan-moi')).statusCode).toBe(200);
    const print = await get(`${a.url}?in=1`);
    expect(print.headers.location).toBe('/tin-tuc/duong-dan-moi?in=1');

    await act(room.editor, a.id, 'unpublish');
    expect((await get(a.url)).statusCode).toBe(404);
  });

  it('renders a print view without menus', async () => {
    const a = await publishedArticle(room, { title: 'Bài để in' });
    const res = await get(`${a.url}?in=1`);
    expect(res.statusCode).toBe(200);
    expect(count(res.body, /<h1[\s>]/)).toBe(1);
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).not.toContain('main-nav');
  });

  it('shows the cover responsively and requires its alt text before publishing', async () => {
    const variant = (width: number, format: 'webp' | 'jpeg') => ({
      width,
      height: Math.round((width * 9) / 16),
      format,
      path: `2026/03/anh-${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`,
      bytes: 1000,
    });
    const variants = [variant(480, 'webp'), variant(960, 'webp'), variant(480, 'jpeg'), variant(960, 'jpeg')];
    const noAlt = await insertTestImage(t.database.db, t.tenant.id, '', variants);
    const a = await createArticle(room.editor, room.categoryId, { title: 'Bài có ảnh', coverMediaId: noAlt });
    const refused = await act(room.editor, a.id, 'publish');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fieldErrors.coverMediaId).toContain('alt');

    const withAlt = await insertTestImage(t.database.db, t.tenant.id, 'Xã viên thu hoạch chè', variants);
    const b = await publishedArticle(room, { title: 'Bài có ảnh đẹp', coverMediaId: withAlt });
    const html = (await get(b.url)).body;
    expect(html).toContain(
      '<img src="/media/2026/03/anh-480.jpg" srcset="/media/2026/03/anh-480.webp 480w, /media/2026/03/anh-960.webp 960w"',
    );
    expect(html).toMatch(/width="480" height="270" alt="Xã viên thu hoạch chè" loading="lazy"/);
    expect(html).toContain('<figcaption>Ảnh: T.T</figcaption>');
    const news = jsonLd(html).find((d) => d['@type'] === 'NewsArticle');
    expect(news?.image).toEqual(['http://localhost/media/2026/03/anh-480.jpg']);
    const list = (await get('/tin-tuc')).body;
    expect(list).toMatch(
      /<img class="news-card__img" src="\/media\/2026\/03\/anh-480.jpg"[^>]*loading="lazy"/,
    );
  });
});

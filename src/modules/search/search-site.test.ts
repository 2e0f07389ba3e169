import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { categories } from '../news/news.tables.ts';
import { ctxFor, entry, sampleBody } from './search.fixture.ts';
import { indexSearchEntry } from './search-index.service.ts';

const BROWSER = { accept: 'text/html,application/xhtml+xml' };
let t: TestApp;

async function page(query: string) {
  const res = await t.app.inject({ method: 'GET', url: `/tim-kiem${query}`, headers: BROWSER });
  return { status: res.statusCode, html: res.body, headers: res.headers };
}

const count = (html: string, re: RegExp) => (html.match(new RegExp(re, 'g')) ?? []).length;

beforeAll(async () => {
  t = await createTestApp();
  const ctx = ctxFor(t.database.db, t.tenant.id);
  await t.database.db
    .insert(categories)
    .values({ tenantId: t.tenant.id, name: 'Điểm tin', slug: 'diem-tin', position: 1 });
  await indexSearchEntry(
    ctx,
    entry({
      title: 'Hội nghị sơ kết Liên minh Hợp tác xã tỉnh Hòa Bình',
      summary: 'Tập trung triển khai 12 nhóm giải pháp trọng tâm.',
      body: sampleBody('hoa-binh-2023-so-ket'),
      url: '/tin-tuc/so-ket',
      publishedAt: new Date('2024-01-19T03:40:00Z'),
    }),
  );
  await indexSearchEntry(
    ctx,
    entry({
      title: '<script>alert("tieu de")</script> Hợp tác xã <b>in đậm</b>',
      summary: '<img src=x onerror=alert(1)> tóm tắt hợp tác',
      url: '/tin-tuc/xss',
    }),
  );
  for (let i = 0; i < 25; i++) {
    await indexSearchEntry(ctx, entry({ title: `Bưởi da xanh Bến Tre số ${i}`, url: `/tin-tuc/buoi-${i}` }));
  }
});
afterAll(() => t.close());

describe('GET /tim-kiem', () => {
  it('shows results with the kind, highlighted title, excerpt and date', async () => {
    const { status, html, headers } = await page('?q=hop+tac+xa+hoa+binh');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(count(html, /<h1[\s>]/)).toBe(1);
    expect(html).toContain('<h1 class="page-title">Tìm kiếm</h1>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('value="hop tac xa hoa binh"');
    expect(html).toContain('Tìm thấy 1 kết quả.');
    expect(html).toContain('<p class="search-result__kind">Tin tức</p>');
    expect(html).toContain(
      '<a href="/tin-tuc/so-ket">Hội nghị sơ kết Liên minh <mark>Hợp tác xã</mark> tỉnh <mark>Hòa Bình</mark></a>',
    );
    expect(html).toContain('<time datetime="2024-01-19T03:40:00.000Z">19/01/2024</time>');
  });

  it('escapes markup in titles, excerpts and the query', async () => {
    // Inside a double-quoted attribute "<" is plain text (only the quote is escaped): look outside them.
    const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');
    const results = await page('?q=tom+tat+hop+tac');
    expect(results.status).toBe(200);
    expect(outsideAttributes(results.html)).not.toContain('<script>alert');
    expect(outsideAttributes(results.html)).not.toContain('<img src=x');
    expect(outsideAttributes(results.html)).not.toContain('<b>in đậm');
    expect(results.html).toContain(
      '&lt;script>alert(&#34;tieu de&#34;)&lt;/script> <mark>Hợp tác</mark> xã &lt;b>in đậm&lt;/b>',
    );
    expect(results.html).toContain('&lt;img src=x onerror=alert(1)> <mark>tóm tắt hợp tác</mark>');

    const query = await page(`?q=${encodeURIComponent('<script>alert(1)</script> hợp tác')}`);
    expect(query.status).toBe(200);
    expect(outsideAttributes(query.html)).not.toContain('<script>alert');
    expect(query.html).toContain('value="<script>alert(1)</script> hợp tác" maxlength="200"');
    expect(query.html).toContain('“<strong>&lt;script>alert(1)&lt;/script> hợp tác</strong>”');
    const quoted = await page(`?q=${encodeURIComponent('"><script>x</script>')}`);
    expect(quoted.html).toContain('value="&#34;><script>x</script>"');
  });

  it('gives a helpful page for an empty or one-letter query', async () => {
    const empty = await page('');
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('Hãy nhập từ khóa cần tìm.');
    expect(empty.html).toContain('Gõ không dấu vẫn tìm được');
    expect(empty.html).toContain('dấu ngoặc kép');
    const one = await page('?q=a');
    expect(one.status).toBe(200);
    expect(one.html).toContain('Từ khóa quá ngắn');
    expect(one.html).not.toContain('Kết quả tìm kiếm');
  });

  it('pages with rel links and the current page marked', async () => {
    const first = await page('?q=buoi+da+xanh');
    expect(first.html).toContain('Tìm thấy 25 kết quả · Trang 1/3.');
    expect(first.html).toContain('rel="next" href="/tim-kiem?q=buoi+da+xanh&trang=2"');
    expect(first.html).not.toContain('rel="prev"');
    expect(first.html).toMatch(/href="\/tim-kiem\?q=buoi\+da\+xanh" aria-current="page">/);
    expect(count(first.html, /class="search-result"/)).toBe(10);
    const third = await page('?q=buoi+da+xanh&trang=3');
    expect(third.html).toContain('rel="prev" href="/tim-kiem?q=buoi+da+xanh&trang=2"');
    expect(third.html).not.toContain('rel="next"');
    expect(third.html).toContain('<ol class="search-results" start="21">');
    expect(count(third.html, /class="search-result"/)).toBe(5);
  });

  it('keeps filters in the form and in page links', async () => {
    const { html } = await page(
      '?q=buoi&loai=tin-tuc&chuyen-muc=diem-tin&tu-ngay=01/01/2020&den-ngay=31/12/2030',
    );
    expect(html).toMatch(/value="tin-tuc" checked/);
    expect(html).toMatch(/<option value="diem-tin" selected>Điểm tin<\/option>/);
    expect(html).toContain('value="01/01/2020"');
    expect(html).toContain('value="31/12/2030"');
    // Nothing is filed under "Điểm tin": no results, but the page stands.
    expect(html).toContain('Không tìm thấy kết quả nào cho “<strong>buoi</strong>”.');
  });

  it('ignores malformed dates, pages and filters with a gentle note, never a 500', async () => {
    const { status, html } = await page(
      '?q=buoi&trang=abc&tu-ngay=99/99/9999&den-ngay=%3Cscript%3E&loai=%3Cb%3E&chuyen-muc=khong-co',
    );
    expect(status).toBe(200);
    expect(html).toContain('Số trang “abc” không hợp lệ nên đang hiển thị trang 1.');
    expect(html).toContain('Ngày bắt đầu “99/99/9999” không hợp lệ');
    expect(html).toContain('Ngày kết thúc “&lt;script>” không hợp lệ');
    expect(html).toContain('Không có loại nội dung “&lt;b>”');
    expect(html).toContain('Không có chuyên mục “khong-co”');
    expect(html).toContain('Tìm thấy 25 kết quả');
    for (const q of [
      '?trang=0',
      '?q=x&trang=99999999999999999999',
      '?q[]=a',
      '?q=%E0%A4%A',
      '?q=hợp&trang=2&trang=3',
    ]) {
      expect((await page(q)).status, q).toBe(200);
    }
  });

  it('offers "did you mean" as a link', async () => {
    const { html } = await page('?q=buoi+da+xahn');
    expect(html).toContain(
      'Có phải bạn muốn tìm: <a href="/tim-kiem?q=b%C6%B0%E1%BB%9Fi+da+xanh"><strong>bưởi da xanh</strong></a>?',
    );
  });

  it('answers hostile queries with a page', async () => {
    for (const q of ['!!!', 'a:*', '(((', "'", '\\', '"', 'x'.repeat(10_000), '\u0000', '😀']) {
      const res = await page(`?q=${encodeURIComponent(q)}`);
      expect(res.status, q.slice(0, 20)).toBe(200);
    }
  });

  it('serves a repeated search from the page cache until the index changes', async () => {
    const url = '/tim-kiem?q=sau+rieng+Cai+Mon';
    expect((await t.app.inject({ method: 'GET', url, headers: BROWSER })).headers['x-cache']).toBe('miss');
    const hit = await t.app.inject({ method: 'GET', url, headers: BROWSER });
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.body).toContain('Không tìm thấy kết quả nào');
    await indexSearchEntry(
      ctxFor(t.database.db, t.tenant.id),
      entry({ title: 'Sầu riêng Cái Mơn vào mùa', url: '/tin-tuc/sau-rieng' }),
    );
    const fresh = await t.app.inject({ method: 'GET', url, headers: BROWSER });
    expect(fresh.headers['x-cache']).toBe('miss');
    expect(fresh.body).toContain('<a href="/tin-tuc/sau-rieng"><mark>Sầu riêng Cái Mơn</mark> vào mùa</a>');
  });

  it('sends an ETag and answers 304 when the page did not change', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/tim-kiem?q=buoi', headers: BROWSER });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\//);
    const again = await t.app.inject({
      method: 'GET',
      url: '/tim-kiem?q=buoi',
      headers: { ...BROWSER, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
  });
});

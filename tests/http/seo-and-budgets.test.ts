// What search engines and link previews read in the head of every public page (canonical, Open
// Graph, feed links), the self-hosted fonts, and the weight budgets of a public page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRows } from '../../src/modules/demo/demo-test.repo.ts';
import { publishedArticle } from '../../src/modules/news/news-test-kit.ts';
import { BROWSER_ACCEPT, BROWSER_UA, createDemoSite, type DemoSite } from './public-site.fixture.ts';

const ORIGIN = 'http://localhost';
const KB = 1024;
const SLOW = 180_000;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as the browser reads it. */
function unescapeAttr(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return NAMED[e.toLowerCase()] ?? '';
  });
}

/** Contents of <meta property="…"> (Open Graph) in document order. */
function metaProperty(html: string, property: string): string[] {
  const re = new RegExp(`<meta property="${property}" content="([^"]*)"/>`, 'g');
  return [...html.matchAll(re)].map((m) => unescapeAttr(m[1] ?? ''));
}

function canonicals(html: string): string[] {
  return [...html.matchAll(/<link rel="canonical" href="([^"]*)"\/>/g)].map((m) => unescapeAttr(m[1] ?? ''));
}

function feedLinks(html: string): string[] {
  return [
    ...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]*)"\/>/g),
  ].map((m) => m[1] ?? '');
}

const gz = (body: string | Buffer) => gzipSync(body).length;

describe('page heads, fonts and budgets', () => {
  let site: DemoSite;

  beforeAll(async () => {
    site = await createDemoSite();
  }, SLOW);
  afterAll(() => site?.close());

  const get = (url: string) =>
    site.t.app.inject({ method: 'GET', url, headers: { accept: BROWSER_ACCEPT, 'user-agent': BROWSER_UA } });

  async function html(url: string, status = 200): Promise<string> {
    const res = await get(url);
    expect(res.statusCode, url).toBe(status);
    return res.body;
  }

  it('marks an article for link previews: og:type article, its cover, times, section', async () => {
    const page = await html(site.paths.article);
    const url = `${ORIGIN}${site.paths.article}`;
    expect(canonicals(page)).toEqual([url]);
    expect(metaProperty(page, 'og:url')).toEqual([url]);
    expect(metaProperty(page, 'og:type')).toEqual(['article']);
    expect(metaProperty(page, 'og:locale')).toEqual(['vi_VN']);
    expect(metaProperty(page, 'og:site_name')).toEqual([site.t.tenants.list()[0]?.settings.siteTitle]);
    const [image] = metaProperty(page, 'og:image');
    expect(image).toMatch(new RegExp(`^${ORIGIN}/media/.+\\.(jpe?g|webp)$`));
    expect((await get(image?.slice(ORIGIN.length) ?? '')).statusCode).toBe(200);
    // The picture the page shows as its cover.
    expect(page).toContain(`<figure class="article__cover"><img src="${image?.slice(ORIGIN.length)}"`);
    expect(metaProperty(page, 'og:image:width')[0]).toMatch(/^\d+$/);
    expect(metaProperty(page, 'og:image:alt')[0]?.length).toBeGreaterThan(0);
    expect(metaProperty(page, 'article:published_time')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
    expect(metaProperty(page, 'article:section')).toEqual([site.category.name]);
    expect(feedLinks(page)).toEqual([`${ORIGIN}/rss.xml`]);
  });

  it('gives an article without a cover no og:image, and escapes what the editor typed', async () => {
    const a = await publishedArticle(
      { editor: site.editor, categoryId: site.category.id },
      { title: 'Tin "không ảnh" & <thử>', summary: 'Tóm tắt "có ngoặc" & <thẻ>' },
    );
    const page = await html(a.url);
    expect(metaProperty(page, 'og:type')).toEqual(['article']);
    expect(metaProperty(page, 'og:image')).toEqual([]);
    expect(metaProperty(page, 'og:title')).toEqual(['Tin "không ảnh" & <thử>']);
    expect(metaProperty(page, 'og:description')).toEqual(['Tóm tắt "có ngoặc" & <thẻ>']);
    expect(page).not.toContain('<thử>');
  });

  it('puts one canonical URL, og:type website and the site feed on every other page', async () => {
    const pages: [string, string][] = [
      ['/', '/'],
      ['/tin-tuc', '/tin-tuc'],
      ['/tin-tuc?trang=2', '/tin-tuc?trang=2'],
      ['/tin-tuc?trang=abc', '/tin-tuc'],
      [site.paths.category, site.paths.category],
      ['/van-ban', '/van-ban'],
      [site.paths.document, site.paths.document],
      ['/gioi-thieu', '/gioi-thieu'],
      [site.paths.page, site.paths.page],
      ['/lien-he', '/lien-he'],
      ['/phan-hoi', '/phan-hoi'],
      ['/tim-kiem', '/tim-kiem'],
      ['/tim-kiem?q=hop+tac+xa&trang=2', '/tim-kiem?q=hop+tac+xa&trang=2'],
    ];
    for (const [url, canonical] of pages) {
      const page = await html(url);
      expect(canonicals(page), url).toEqual([`${ORIGIN}${canonical}`]);
      expect(metaProperty(page, 'og:type'), url).toEqual(['website']);
      expect(metaProperty(page, 'og:locale'), url).toEqual(['vi_VN']);
      expect(metaProperty(page, 'og:site_name'), url).toHaveLength(1);
      expect(feedLinks(page)[0], url).toBe(`${ORIGIN}/rss.xml`);
    }
    const category = await html(site.paths.category);
    expect(feedLinks(category)).toEqual([`${ORIGIN}/rss.xml`, `${ORIGIN}${site.paths.category}/rss.xml`]);
  });

  it('gives error pages no canonical URL, and never one pointing to another origin', async () => {
    const missing = await html('/khong-co-trang-nay', 404);
    expect(canonicals(missing)).toEqual([]);
    expect(missing).toContain('<meta name="robots" content="noindex"/>');
    const odd = await html('//elsewhere.example/x', 404);
    expect(odd).not.toContain('elsewhere.example/x"');
  });

  it('self-hosts Be Vietnam Pro (Latin + Vietnamese, 400/600/700) with swap and preloads the body face', async () => {
    const home = await html('/');
    const preloads = [
      ...home.matchAll(
        /<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin="anonymous"\/>/g,
      ),
    ].map((m) => m[1] ?? '');
    expect(preloads).toHaveLength(2);
    expect(preloads.sort()).toEqual([
      expect.stringMatching(/^\/assets\/be-vietnam-pro-latin-400-normal\.[0-9a-f]{10}\.woff2$/),
      expect.stringMatching(/^\/assets\/be-vietnam-pro-vietnamese-400-normal\.[0-9a-f]{10}\.woff2$/),
    ]);
    const cssUrl = /<link rel="stylesheet" href="([^"]+)"\/>/.exec(home)?.[1] ?? '';
    const css = (await get(cssUrl)).body;
    const faces = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] ?? '');
    expect(faces).toHaveLength(8);
    const fontsource = readFileSync(
      createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/400.css'),
      'utf8',
    );
    for (const face of faces) {
      expect(face).toContain('font-family: "Be Vietnam Pro";');
      expect(face).toContain('font-display: swap;');
      const range = /unicode-range: ([^;]+);/.exec(face)?.[1] ?? '';
      expect(fontsource, 'the range fontsource gives the subset').toContain(`unicode-range: ${range};`);
      const src = /src: url\("([^"]+)"\) format\("woff2"\);/.exec(face)?.[1] ?? '';
      const font = await get(src);
      expect(font.statusCode, src).toBe(200);
      expect(font.headers['content-type']).toBe('font/woff2');
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    const described = faces.map((f) =>
      /font-style: (\w+);\s*font-weight: (\d+);/.exec(f)?.slice(1).join(' '),
    );
    expect([...new Set(described)].sort()).toEqual(['italic 400', 'normal 400', 'normal 600', 'normal 700']);
    expect(faces.filter((f) => f.includes('U+1EA0-1EF9'))).toHaveLength(4); // ạ…ỹ: the Vietnamese subset
    expect(css).toContain('--font: "Be Vietnam Pro",');
  });

  it('keeps public pages within budget: CSS ≤ 20 KB gz, JS ≤ 10 KB gz, article HTML ≤ 60 KB', async () => {
    const assetSize = new Map<string, number>();
    const gzOf = async (url: string) => {
      let size = assetSize.get(url);
      if (size === undefined) {
        size = gz((await get(url)).rawPayload);
        assetSize.set(url, size);
      }
      return size;
    };
    const pages = [
      '/',
      site.paths.category,
      site.paths.article,
      '/tim-kiem?q=hop+tac+xa',
      '/van-ban',
      '/phan-hoi',
    ];
    for (const url of pages) {
      const page = await html(url);
      const styles = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
      const scripts = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] ?? '');
      let css = 0;
      for (const s of styles) css += await gzOf(s);
      let js = 0;
      for (const s of scripts) js += await gzOf(s);
      expect(css, `CSS of ${url}`).toBeLessThanOrEqual(20 * KB);
      expect(js, `JS of ${url}`).toBeLessThanOrEqual(10 * KB);
    }
    let articles = 0;
    for (const row of await articleRows(site.t.database.db, site.t.tenant.id)) {
      const res = await get(`/tin-tuc/${row.slug}`);
      if (res.statusCode !== 200) continue; // drafts, submitted and scheduled ones
      articles++;
      expect(Buffer.byteLength(res.body), row.slug).toBeLessThanOrEqual(60 * KB);
    }
    expect(articles).toBeGreaterThanOrEqual(30);
  });
});

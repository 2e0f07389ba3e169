// RSS feeds, sitemaps and robots.txt as a feed reader or a crawler reads them: parsed with a
// strict XML parser, required elements present, dates in the formats the specifications name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedArticle } from '../../src/modules/news/news-test-kit.ts';
import { createDemoSite, type DemoSite } from './public-site.fixture.ts';
import { childrenNamed, childText, onlyChild, parseXml, type XmlElement } from './xml-tree.fixture.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const ORIGIN = 'http://localhost';
// RFC 822 as RSS 2.0 uses it (four-digit year): "Mon, 02 Mar 2026 03:00:00 GMT".
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
// W3C Datetime (the sitemap protocol's lastmod): a date, or a date-time with a time zone.
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
// Typed by an editor: characters XML must escape, in the title and the summary.
const TRICKY_TITLE = 'Hợp tác xã "Đồng Tâm" & <Tiến Bộ> ký hợp đồng bao tiêu';
const TRICKY_SUMMARY = 'Giá lúa tăng 5% & sản lượng đạt > 50 tấn; <script>alert(1)</script>';
const SLOW = 180_000;

describe('feeds, sitemaps and robots.txt', () => {
  let site: DemoSite;
  let trickyUrl: string;

  beforeAll(async () => {
    site = await createDemoSite();
    const a = await publishedArticle(
      { editor: site.editor, categoryId: site.category.id },
      { title: TRICKY_TITLE, summary: TRICKY_SUMMARY },
    );
    trickyUrl = `${ORIGIN}${a.url}`;
  }, SLOW);
  afterAll(() => site?.close());

  const get = (url: string) => site.t.app.inject({ method: 'GET', url });

  async function xml(url: string, type: string): Promise<{ body: string; root: XmlElement }> {
    const res = await get(url);
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type'], url).toBe(type);
    return { body: res.body, root: parseXml(res.body) };
  }

  /** RSS 2.0's required channel and item elements; returns the items. */
  function checkRss(root: XmlElement, self: string): XmlElement[] {
    expect(root.local).toBe('rss');
    expect(root.uri).toBe('');
    expect(root.attrs.version).toBe('2.0');
    const channel = onlyChild(root, 'channel');
    for (const name of ['title', 'link', 'description']) {
      expect(childText(channel, name).trim(), name).not.toBe('');
    }
    expect(childText(channel, 'link')).toMatch(new RegExp(`^${ORIGIN}/`));
    expect(childText(channel, 'lastBuildDate')).toMatch(RFC822);
    const atomSelf = onlyChild(channel, 'link', ATOM);
    expect(atomSelf.attrs).toMatchObject({ rel: 'self', href: self, type: 'application/rss+xml' });

    const items = childrenNamed(channel, 'item');
    let previous = Number.POSITIVE_INFINITY;
    for (const item of items) {
      const title = childText(item, 'title');
      const link = childText(item, 'link');
      expect(title.trim(), link).not.toBe('');
      expect(link).toMatch(new RegExp(`^${ORIGIN}/tin-tuc/[a-z0-9-]+$`));
      const guid = onlyChild(item, 'guid');
      expect(guid.text).toBe(link);
      expect(guid.attrs.isPermaLink).toBe('true');
      const pubDate = childText(item, 'pubDate');
      expect(pubDate, link).toMatch(RFC822);
      const at = Date.parse(pubDate);
      expect(at).toBeLessThanOrEqual(site.t.clock.now().getTime()); // nothing scheduled for later
      expect(at, 'newest first').toBeLessThanOrEqual(previous);
      previous = at;
    }
    return items;
  }

  it('serves /rss.xml as valid RSS 2.0 with escaped text and working links', async () => {
    const { body, root } = await xml('/rss.xml', 'application/rss+xml; charset=utf-8');
    const items = checkRss(root, `${ORIGIN}/rss.xml`);
    expect(items.length).toBeGreaterThanOrEqual(20);
    const tricky = items.find((i) => childText(i, 'link') === trickyUrl);
    expect(tricky, 'the article just published').toBeDefined();
    if (!tricky) return;
    expect(childText(tricky, 'title')).toBe(TRICKY_TITLE);
    expect(childText(tricky, 'description')).toBe(TRICKY_SUMMARY);
    expect(body).toContain('&amp; &lt;Tiến Bộ&gt;');
    expect(body).not.toContain('<script>');
    for (const item of items.slice(0, 5)) {
      const path = childText(item, 'link').slice(ORIGIN.length);
      expect((await get(path)).statusCode, path).toBe(200);
    }
  });

  it('serves one feed per category, and 404 for an unknown category', async () => {
    const { slug, name } = site.category;
    const { root } = await xml(`/chuyen-muc/${slug}/rss.xml`, 'application/rss+xml; charset=utf-8');
    const items = checkRss(root, `${ORIGIN}/chuyen-muc/${slug}/rss.xml`);
    const channel = onlyChild(root, 'channel');
    expect(childText(channel, 'title')).toContain(name);
    expect(childText(channel, 'link')).toBe(`${ORIGIN}/chuyen-muc/${slug}`);
    expect(items.map((i) => childText(i, 'link'))).toContain(trickyUrl);
    expect((await get('/chuyen-muc/khong-co-chuyen-muc-nay/rss.xml')).statusCode).toBe(404);
  });

  it('serves a sitemap index whose children list every public page with W3C lastmod', async () => {
    const { root } = await xml('/sitemap.xml', 'application/xml; charset=utf-8');
    expect(root).toMatchObject({ uri: SITEMAP, local: 'sitemapindex' });
    const children = childrenNamed(root, 'sitemap').map((s) => {
      const lastmod = childrenNamed(s, 'lastmod')[0]?.text;
      if (lastmod !== undefined) expect(lastmod).toMatch(W3C_DATETIME);
      return childText(s, 'loc');
    });
    for (const path of [
      '/sitemap-tin-tuc.xml',
      '/sitemap-chuyen-muc.xml',
      '/sitemap-van-ban.xml',
      '/sitemap-trang.xml',
    ]) {
      expect(children).toContain(`${ORIGIN}${path}`);
    }

    const locs: string[] = [];
    for (const child of children) {
      expect(child).toMatch(new RegExp(`^${ORIGIN}/sitemap-[a-z0-9-]+\\.xml$`));
      const { root: urlset } = await xml(child.slice(ORIGIN.length), 'application/xml; charset=utf-8');
      expect(urlset, child).toMatchObject({ uri: SITEMAP, local: 'urlset' });
      for (const url of childrenNamed(urlset, 'url')) {
        const loc = childText(url, 'loc');
        expect(loc, child).toMatch(new RegExp(`^${ORIGIN}/`));
        const lastmod = childrenNamed(url, 'lastmod')[0]?.text;
        if (lastmod !== undefined) expect(lastmod, loc).toMatch(W3C_DATETIME);
        locs.push(loc);
      }
    }
    expect(new Set(locs).size, 'no URL twice').toBe(locs.length);
    for (const path of [
      '/',
      '/tin-tuc',
      '/lien-he',
      '/gioi-thieu',
      site.paths.article,
      site.paths.category,
      site.paths.document,
      site.paths.page,
    ]) {
      expect(locs, path).toContain(`${ORIGIN}${path}`);
    }
    expect(locs).toContain(trickyUrl);
    // Every URL a crawler is given is a live page.
    for (const loc of locs) {
      expect((await get(loc.slice(ORIGIN.length))).statusCode, loc).toBe(200);
    }
  });

  it('serves robots.txt: everything public, not the console nor the API, and the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers.etag).toBeTruthy();
    const lines = res.body.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain('Disallow: /quan-tri');
    expect(lines).toContain('Disallow: /api');
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(lines.filter((l) => l.startsWith('Disallow:'))).toHaveLength(2);
  });
});

import { w3cDate, xmlEscape } from './xml-text.ts';

export const XML_TYPE = 'application/xml; charset=utf-8';
/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
}

const lastmod = (d: Date | undefined) => (d ? `<lastmod>${w3cDate(d)}</lastmod>` : '');

export function renderUrlset(urls: readonly SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${xmlEscape(u.loc)}</loc>${lastmod(u.lastmod)}</url>`);
  return [HEAD, `<urlset xmlns="${NS}">`, ...body, '</urlset>', ''].join('\n');
}

export function renderSitemapIndex(children: readonly SitemapUrl[]): string {
  const body = children.map((c) => `<sitemap><loc>${xmlEscape(c.loc)}</loc>${lastmod(c.lastmod)}</sitemap>`);
  return [HEAD, `<sitemapindex xmlns="${NS}">`, ...body, '</sitemapindex>', ''].join('\n');
}

/** "/sitemap-tin-tuc.xml", "/sitemap-tin-tuc-2.xml", …: enough files for `count` URLs. */
export function pagedSitemapPaths(stem: string, count: number, perFile = SITEMAP_MAX_URLS): string[] {
  const files = Math.max(1, Math.ceil(count / perFile));
  return Array.from({ length: files }, (_, i) => (i === 0 ? `/${stem}.xml` : `/${stem}-${i + 1}.xml`));
}

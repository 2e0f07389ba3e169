import { rfc822, xmlEscape } from './xml-text.ts';

export const RSS_TYPE = 'application/rss+xml; charset=utf-8';

export interface RssItem {
  title: string;
  url: string;
  summary: string;
  publishedAt: Date;
  category: string;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  description: string;
  /** When nothing is published yet: the build time. */
  now: Date;
  items: readonly RssItem[];
}

/** RSS 2.0, every text XML-escaped; links must already be absolute. */
export function renderRss(c: RssChannel): string {
  const lastBuild = c.items[0]?.publishedAt ?? c.now;
  const items = c.items.map((i) =>
    [
      '<item>',
      `<title>${xmlEscape(i.title)}</title>`,
      `<link>${xmlEscape(i.url)}</link>`,
      `<guid isPermaLink="true">${xmlEscape(i.url)}</guid>`,
      `<pubDate>${rfc822(i.publishedAt)}</pubDate>`,
      i.category ? `<category>${xmlEscape(i.category)}</category>` : '',
      `<description>${xmlEscape(i.summary)}</description>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEscape(c.title)}</title>`,
    `<link>${xmlEscape(c.link)}</link>`,
    `<description>${xmlEscape(c.description)}</description>`,
    '<language>vi</language>',
    `<lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>`,
    `<atom:link href="${xmlEscape(c.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

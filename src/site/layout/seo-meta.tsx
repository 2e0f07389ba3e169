import { escapeHtml } from '@kitajs/html';
import type { SiteContext } from '../site-context.ts';

/**
 * Editors' text in an attribute, fully escaped: the JSX runtime escapes only the quote there, so
 * a title typed as "Vốn &amp; tín dụng" would reach link previews as "Vốn & tín dụng".
 */
export const attrText = (s: string): string => escapeHtml(s);

/** A picture for link previews (Facebook, Zalo): path or absolute URL. */
export interface OpenGraphImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** What Open Graph says of a news article beyond its title. */
export interface OpenGraphArticle {
  publishedTime: Date;
  modifiedTime: Date;
  section?: string;
  tags?: readonly string[];
}

/** An RSS feed announced in the head, so readers and browsers find it. */
export interface FeedLink {
  title: string;
  href: string;
}

export interface SeoMetaProps {
  site: SiteContext;
  /** Title and description as shown in previews. */
  title: string;
  description: string;
  /** Absolute canonical URL, when the page has one. */
  canonicalUrl?: string | undefined;
  image?: OpenGraphImage | undefined;
  article?: OpenGraphArticle | undefined;
  feeds: readonly FeedLink[];
}

/** Canonical link, Open Graph (og:type article on articles, website elsewhere) and feed links. */
export function SeoMeta({ site, title, description, canonicalUrl, image, article, feeds }: SeoMetaProps) {
  const abs = (url: string) => new URL(url, site.origin).href;
  return (
    <>
      {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:site_name" content={attrText(site.tenant.settings.siteTitle)} />
      <meta property="og:title" content={attrText(title)} />
      <meta property="og:description" content={attrText(description)} />
      {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
      {image ? (
        <>
          <meta property="og:image" content={abs(image.url)} />
          {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
          {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
          {image.alt ? <meta property="og:image:alt" content={attrText(image.alt)} /> : null}
        </>
      ) : null}
      {article ? (
        <>
          <meta property="article:published_time" content={article.publishedTime.toISOString()} />
          <meta property="article:modified_time" content={article.modifiedTime.toISOString()} />
          {article.section ? <meta property="article:section" content={attrText(article.section)} /> : null}
          {(article.tags ?? []).map((tag) => (
            <meta property="article:tag" content={attrText(tag)} />
          ))}
        </>
      ) : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      {feeds.map((f) => (
        <link rel="alternate" type="application/rss+xml" title={attrText(f.title)} href={abs(f.href)} />
      ))}
    </>
  );
}

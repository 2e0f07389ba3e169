import type { SiteContext } from '../../../site/site-context.ts';
import type { PublicArticle } from '../article-page.service.ts';

/** The alliance as schema.org publisher. */
export function publisherJsonLd(site: SiteContext): object {
  const { name, settings } = site.tenant;
  return {
    '@type': 'Organization',
    name,
    url: `${site.origin}/`,
    ...(settings.logoUrl
      ? { logo: { '@type': 'ImageObject', url: new URL(settings.logoUrl, site.origin).href } }
      : {}),
  };
}

// Search engines cut headlines at about 110 characters.
const HEADLINE_MAX = 110;

/** schema.org NewsArticle with the alliance as publisher (and author when no author line is given). */
export function newsArticleJsonLd(site: SiteContext, a: PublicArticle): object {
  const url = new URL(a.url, site.origin).href;
  const publisher = publisherJsonLd(site);
  const headline = a.title.length > HEADLINE_MAX ? `${a.title.slice(0, HEADLINE_MAX - 1)}…` : a.title;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    ...(a.summary ? { description: a.summary } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: a.publishedAt.toISOString(),
    dateModified: (a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt).toISOString(),
    ...(a.cover ? { image: [new URL(a.cover.src, site.origin).href] } : {}),
    author: a.authorLine ? { '@type': 'Person', name: a.authorLine } : publisher,
    publisher,
    inLanguage: 'vi',
    ...(a.categories.length ? { articleSection: a.categories.at(-1)?.name } : {}),
    ...(a.tags.length ? { keywords: a.tags.join(', ') } : {}),
  };
}

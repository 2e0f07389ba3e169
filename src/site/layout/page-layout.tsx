import type { PropsWithChildren } from '@kitajs/html';
import { assetUrl, preloadFontUrls } from '../assets.ts';
import { FONT_SIZE_BOOT_SCRIPT } from '../csp.ts';
import type { SiteContext } from '../site-context.ts';
import { Breadcrumb, type Crumb } from './breadcrumb.tsx';
import type { MenuItem } from './main-menu.ts';
import { attrText, type FeedLink, type OpenGraphArticle, type OpenGraphImage, SeoMeta } from './seo-meta.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

export interface PageLayoutProps {
  site: SiteContext;
  /** The page's own title; the document title becomes "<title> — <siteTitle>". */
  title: string;
  description?: string;
  /**
   * Path (resolved against the site origin) or absolute URL of the canonical page. Defaults to
   * the request's path without its query; pages kept out of search engines (noindex) get none.
   */
  canonical?: string;
  /** Cover picture for link previews. */
  ogImage?: OpenGraphImage;
  /** Given on news articles: og:type becomes "article". */
  ogArticle?: OpenGraphArticle;
  /** Feeds of this page, announced after the site's own /rss.xml. */
  feeds?: readonly FeedLink[];
  /** Trail after "Trang chủ"; omitted on the home page. */
  breadcrumb?: readonly Crumb[];
  menu?: readonly MenuItem[];
  /** schema.org objects, each rendered as an application/ld+json block. */
  jsonLd?: readonly object[];
  /** Error and utility pages stay out of search engines. */
  noindex?: boolean;
}

export function documentTitle(title: string, siteTitle: string): string {
  return title && title !== siteTitle ? `${title} — ${siteTitle}` : siteTitle;
}

/** JSON inside <script> must not be able to close the tag: "<" becomes \u003c. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function PageLayout(props: PropsWithChildren<PageLayoutProps>) {
  const { site, title, breadcrumb, menu = site.menu, jsonLd = [], noindex = false } = props;
  const { name, settings } = site.tenant;
  const fullTitle = documentTitle(title, settings.siteTitle);
  const description = props.description ?? `Trang thông tin điện tử của ${name}.`;
  // Concatenated, not resolved: a request path like "//elsewhere.example" must stay on this origin.
  const ownUrl = noindex ? undefined : new URL(`${site.origin}${site.path}`).href;
  const canonicalUrl = props.canonical ? new URL(props.canonical, site.origin).href : ownUrl;
  const feeds: FeedLink[] = [
    { title: `Tin mới — ${settings.siteTitle}`, href: '/rss.xml' },
    ...(props.feeds ?? []),
  ];
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <script>{FONT_SIZE_BOOT_SCRIPT}</script>
        <title safe>{fullTitle}</title>
        <meta name="description" content={attrText(description)} />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <SeoMeta
          site={site}
          title={title || settings.siteTitle}
          description={description}
          canonicalUrl={canonicalUrl}
          image={props.ogImage}
          article={props.ogArticle}
          feeds={feeds}
        />
        <meta name="theme-color" content="#7a1616" />
        {preloadFontUrls().map((href) => (
          <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
        ))}
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="icon" type="image/svg+xml" href={assetUrl('emblem.svg')} />
        <script src={assetUrl('site.js')} defer></script>
        {jsonLd.map((data) => (
          <script type="application/ld+json">{jsonForScript(data)}</script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <SiteHeader site={site} menu={menu} />
        <main id="noi-dung" class="site-main" tabindex="-1">
          <div class="site-main__inner wrap">
            {breadcrumb ? <Breadcrumb items={breadcrumb} /> : null}
            {props.children}
          </div>
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}

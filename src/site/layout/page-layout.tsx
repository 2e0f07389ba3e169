import type { PropsWithChildren } from '@kitajs/html';
import { assetUrl } from '../assets.ts';
import { FONT_SIZE_BOOT_SCRIPT } from '../csp.ts';
import type { SiteContext } from '../site-context.ts';
import { Breadcrumb, type Crumb } from './breadcrumb.tsx';
import type { MenuItem } from './main-menu.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

export interface PageLayoutProps {
  site: SiteContext;
  /** The page's own title; the document title becomes "<title> — <siteTitle>". */
  title: string;
  description?: string;
  /** Path (resolved against the site origin) or absolute URL of the canonical page. */
  canonical?: string;
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
  const canonicalUrl = props.canonical ? new URL(props.canonical, site.origin).href : undefined;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <script>{FONT_SIZE_BOOT_SCRIPT}</script>
        <title safe>{fullTitle}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        {canonicalUrl ? <link rel="canonical" href={canonicalUrl} /> : null}
        <meta property="og:type" content="website" />
        <meta property="og:locale" content="vi_VN" />
        <meta property="og:site_name" content={settings.siteTitle} />
        <meta property="og:title" content={title || settings.siteTitle} />
        <meta property="og:description" content={description} />
        {canonicalUrl ? <meta property="og:url" content={canonicalUrl} /> : null}
        <meta name="theme-color" content="#7a1616" />
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

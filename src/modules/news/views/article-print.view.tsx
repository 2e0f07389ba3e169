import { assetUrl } from '../../../site/assets.ts';
import { documentTitle } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { PublicArticle } from '../article-page.service.ts';
import { Dateline } from './article-card.view.tsx';

/**
 * ?in=1: the article alone, for paper (menus, share links and related lists left out). Readers
 * print with the browser's own command; no script needed. Not indexed: the canonical is the article.
 */
export function ArticlePrintView({ site, a }: { site: SiteContext; a: PublicArticle }) {
  const url = new URL(a.url, site.origin).href;
  const safeBody = a.bodyHtml;
  const source = a.sourceName || a.sourceUrl;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title safe>{documentTitle(a.title, site.tenant.settings.siteTitle)}</title>
        <link rel="canonical" href={url} />
        <link rel="stylesheet" href={assetUrl('site.css')} />
      </head>
      <body class="print-page">
        <main class="print-page__main" id="noi-dung">
          <p class="print-page__site" safe>
            {site.tenant.name}
          </p>
          <p class="print-page__back">
            <a href={a.url}>‹ Quay lại bài viết</a>
          </p>
          <article class="article">
            <h1 class="page-title article__title" safe>
              {a.title}
            </h1>
            <p class="article__meta">
              <Dateline at={a.publishedAt} />
            </p>
            {a.summary ? (
              <p class="article__summary" safe>
                {a.summary}
              </p>
            ) : null}
            {a.cover ? (
              <figure class="article__cover">
                <img
                  src={a.cover.src}
                  width={String(a.cover.width)}
                  height={String(a.cover.height)}
                  alt={a.cover.alt}
                />
                {a.coverCaption ? <figcaption safe>{a.coverCaption}</figcaption> : null}
              </figure>
            ) : null}
            <div class="article__body">{safeBody}</div>
            {a.authorLine ? (
              <p class="article__author" safe>
                {a.authorLine}
              </p>
            ) : null}
            {source ? (
              <p class="article__source" safe>
                {`Theo ${source}`}
              </p>
            ) : null}
          </article>
          <p class="print-page__url" safe>
            {`Địa chỉ bài viết: ${url}`}
          </p>
        </main>
      </body>
    </html>
  );
}

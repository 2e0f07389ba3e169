import './jsx-augment.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { ArticlePageData, PublicArticle } from '../article-page.service.ts';
import { Dateline, RelatedList } from './article-card.view.tsx';
import { newsArticleJsonLd } from './article-json-ld.ts';

export interface ArticleViewProps {
  site: SiteContext;
  data: ArticlePageData;
  /**
   * Rendered after the article, before the related lists: the extension point for other modules
   * (reader feedback fills it with the approved messages and the form). Already-rendered HTML.
   */
  extras?: string;
}

export function articleCrumbs(a: PublicArticle): Crumb[] {
  return [
    { label: 'Tin tức', href: '/tin-tuc' },
    ...a.categories.map((c) => ({ label: c.name, href: c.url })),
    { label: a.title },
  ];
}

/** The body was sanitized when saved (sanitizeRichText): it is inserted as HTML. */
function ArticleBody({ a }: { a: PublicArticle }) {
  const safeBody = a.bodyHtml;
  return <div class="article__body">{safeBody}</div>;
}

function Cover({ a }: { a: PublicArticle }) {
  if (!a.cover) return '';
  return (
    <figure class="article__cover">
      <img
        src={a.cover.src}
        srcset={a.cover.srcset}
        sizes="(min-width: 64em) 46rem, 100vw"
        width={String(a.cover.width)}
        height={String(a.cover.height)}
        alt={a.cover.alt}
        loading="lazy"
        decoding="async"
      />
      {a.coverCaption ? <figcaption safe>{a.coverCaption}</figcaption> : null}
    </figure>
  );
}

function Credits({ a }: { a: PublicArticle }) {
  if (!a.authorLine && !a.sourceName && !a.sourceUrl) return '';
  const sourceLabel = a.sourceName || a.sourceUrl;
  return (
    <div class="article__credits">
      {a.authorLine ? (
        <p class="article__author" safe>
          {a.authorLine}
        </p>
      ) : null}
      {sourceLabel ? (
        <p class="article__source">
          {'Theo '}
          {a.sourceUrl ? (
            <a href={a.sourceUrl} rel="noopener noreferrer nofollow" safe>
              {sourceLabel}
            </a>
          ) : (
            <span safe>{sourceLabel}</span>
          )}
        </p>
      ) : null}
    </div>
  );
}

function Tags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return '';
  return (
    <div class="article__tags">
      <h2 class="article__tags-title">Từ khóa</h2>
      <ul class="tag-list">
        {tags.map((tag) => (
          <li>
            <a class="tag-list__link" href={`/tim-kiem?q=${encodeURIComponent(tag)}`} safe>
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Share links work without JavaScript; "copy link" falls back to showing the address to copy. */
function Share({ url }: { url: string }) {
  const u = encodeURIComponent(url);
  return (
    <section class="share" aria-labelledby="chia-se">
      <h2 class="share__title" id="chia-se">
        Chia sẻ
      </h2>
      <ul class="share__list">
        <li>
          <a
            class="share__link"
            href={`https://www.facebook.com/sharer/sharer.php?u=${u}`}
            rel="noopener noreferrer"
          >
            Facebook
          </a>
        </li>
        <li>
          <a class="share__link" href={`https://sp.zalo.me/share_to_zalo?url=${u}`} rel="noopener noreferrer">
            Zalo
          </a>
        </li>
        <li>
          <a class="share__link" href="?in=1" rel="nofollow">
            In bài viết
          </a>
        </li>
      </ul>
      <label class="share__copy">
        <span class="share__copy-label">Đường dẫn bài viết (chọn để sao chép)</span>
        <input class="share__url" type="url" value={url} readonly />
      </label>
    </section>
  );
}

export function ArticleView({ site, data, extras }: ArticleViewProps) {
  const a = data.article;
  const crumbs = articleCrumbs(a);
  const url = new URL(a.url, site.origin).href;
  const safeExtras = extras ?? '';
  const section = a.categories.at(-1);
  return (
    <PageLayout
      site={site}
      title={a.seoTitle || a.title}
      description={a.seoDescription || a.summary || undefined}
      canonical={a.url}
      breadcrumb={crumbs}
      jsonLd={[newsArticleJsonLd(site, a), breadcrumbJsonLd(crumbs, site.origin, url)]}
      {...(a.cover
        ? { ogImage: { url: a.cover.src, width: a.cover.width, height: a.cover.height, alt: a.cover.alt } }
        : {})}
      ogArticle={{
        publishedTime: a.publishedAt,
        modifiedTime: a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt,
        ...(section ? { section: section.name } : {}),
        tags: a.tags,
      }}
    >
      <div class="article-layout">
        <article class="article" aria-labelledby="tieu-de-bai">
          <header class="article__header">
            {section ? (
              <p class="article__section">
                <a href={section.url} safe>
                  {section.name}
                </a>
              </p>
            ) : null}
            <h1 class="page-title article__title" id="tieu-de-bai" safe>
              {a.title}
            </h1>
            <p class="article__meta">
              <Dateline at={a.publishedAt} />
            </p>
          </header>
          {a.summary ? (
            <p class="article__summary" safe>
              {a.summary}
            </p>
          ) : null}
          <Cover a={a} />
          <ArticleBody a={a} />
          <Credits a={a} />
          <Tags tags={a.tags} />
          <Share url={url} />
        </article>
        {safeExtras}
        {data.others.length + data.latest.length > 0 ? (
          <aside class="article-aside" aria-label="Tin liên quan">
            <RelatedList id="cac-tin-khac" title="Các tin khác" cards={data.others} />
            <RelatedList id="moi-nhat" title="Mới nhất" cards={data.latest} />
          </aside>
        ) : null}
      </div>
    </PageLayout>
  );
}

import { formatDate } from '../../../lib/vi/index.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { PageDto, PageSummary } from '../pages.dto.ts';

export interface StaticPageProps {
  site: SiteContext;
  page: PageDto;
  /** The other introduction pages, for the side navigation. */
  siblings: PageSummary[];
  /** Plain text of the body, for the meta description. */
  description: string;
}

/** /gioi-thieu/:slug. The body was sanitized when saved; it is the only unescaped HTML here. */
export function StaticPageView({ site, page, siblings, description }: StaticPageProps) {
  const crumbs: Crumb[] = [{ label: 'Giới thiệu', href: '/gioi-thieu' }, { label: page.title }];
  // Sanitized by sanitizeRichText when saved (scripts, event handlers, styles removed).
  const safeBodyHtml = page.bodyHtml;
  return (
    <PageLayout
      site={site}
      title={page.title}
      canonical={page.url}
      description={description || `${page.title} — ${site.tenant.name}.`}
      breadcrumb={crumbs}
      jsonLd={[breadcrumbJsonLd(crumbs, site.origin, new URL(page.url, site.origin).href)]}
    >
      <div class="static-page">
        <article class="static-page__main" aria-labelledby="tieu-de-trang">
          <h1 class="page-title" id="tieu-de-trang" safe>
            {page.title}
          </h1>
          <div class="page-body">{safeBodyHtml}</div>
          <p class="muted static-page__updated">
            Cập nhật:{' '}
            <time datetime={page.updatedAt} safe>
              {formatDate(page.updatedAt)}
            </time>
          </p>
        </article>
        {siblings.length > 1 ? (
          <nav class="static-page__nav" aria-labelledby="gt-muc-luc">
            <h2 class="section-title" id="gt-muc-luc">
              Giới thiệu
            </h2>
            <ul class="page-index">
              {siblings.map((p) => (
                <li class="page-index__item">
                  <a
                    class="page-index__link"
                    href={p.url}
                    aria-current={p.id === page.id ? 'page' : undefined}
                    safe
                  >
                    {p.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </PageLayout>
  );
}

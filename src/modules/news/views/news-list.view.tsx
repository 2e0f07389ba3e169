import type { Crumb } from '../../../site/layout/breadcrumb.tsx';
import { breadcrumbJsonLd } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { NewsListPage } from '../news-list.service.ts';
import { NewsCard } from './article-card.view.tsx';
import { Pagination, pageHref } from './pagination.view.tsx';

/** /tin-tuc and /chuyen-muc/:slug: newest first, 20 per page, subcategories on top. */
export function NewsListView({ site, list }: { site: SiteContext; list: NewsListPage }) {
  const { category, page, pageCount } = list;
  const base = category ? category.url : '/tin-tuc';
  const heading = category ? category.name : 'Tin tức';
  const crumbs: Crumb[] = [
    { label: 'Tin tức', href: '/tin-tuc' },
    ...list.parents.map((p) => ({ label: p.name, href: p.url })),
    ...(category ? [{ label: category.name, href: category.url }] : []),
  ];
  // "Tin tức" is the page itself on /tin-tuc: the last crumb carries no link.
  const trail = category ? crumbs : [{ label: 'Tin tức' }];
  const canonical = pageHref(base, page);
  const title = page > 1 ? `${heading} — trang ${page}` : heading;
  const rss = category ? `${category.url}/rss.xml` : '/rss.xml';
  const description =
    category?.description ||
    `${heading}: tin hoạt động của ${site.tenant.name} và các hợp tác xã thành viên.`;
  return (
    <PageLayout
      site={site}
      title={title}
      description={description}
      canonical={canonical}
      feeds={category ? [{ title: `${category.name} — ${site.tenant.settings.siteTitle}`, href: rss }] : []}
      breadcrumb={trail}
      jsonLd={[breadcrumbJsonLd(trail, site.origin, new URL(canonical, site.origin).href)]}
    >
      <div class="news-index-head">
        <h1 class="page-title" safe>
          {heading}
        </h1>
        <a class="feed-link" href={rss} type="application/rss+xml">
          RSS<span class="visually-hidden"> — nhận tin mới của mục này</span>
        </a>
      </div>
      {category?.description ? (
        <p class="lead" safe>
          {category.description}
        </p>
      ) : null}
      {list.children.length > 0 ? (
        <nav class="subcategories" aria-label={category ? 'Chuyên mục con' : 'Chuyên mục'}>
          <ul class="subcategories__list">
            {list.children.map((c) => (
              <li>
                <a class="subcategories__link" href={c.url} safe>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {list.cards.length === 0 ? (
        <p class="muted">Chưa có tin bài trong mục này.</p>
      ) : (
        <div class="news-index">
          {list.cards.map((card) => (
            <NewsCard card={card} />
          ))}
        </div>
      )}
      <Pagination base={base} page={page} count={pageCount} />
    </PageLayout>
  );
}

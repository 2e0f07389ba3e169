import { formatNumber } from '../../../../lib/vi/index.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../../site/site-context.ts';
import { Pagination } from '../../../documents/views/pagination.view.tsx';
import type { DirectoryItem, DirectoryPage } from '../directory.service.ts';
import {
  DIRECTORY_PATH,
  type DirectoryQuery,
  directoryHref,
  hasDirectoryFilters,
} from '../directory-list-query.ts';
import { DirectoryFilter } from './directory-filter.view.tsx';
import { OrgStatusBadge } from './org-status-badge.view.tsx';

export const DIRECTORY_TITLE = 'Danh bạ hợp tác xã';

function DirectoryEntry({ org }: { org: DirectoryItem }) {
  const kind = org.shortName ? `${org.kindLabel} · ${org.shortName}` : org.kindLabel;
  return (
    <li class="doc-list__item">
      <h3 class="doc-list__title">
        <a href={org.url} safe>
          {org.name}
        </a>
      </h3>
      <p class="doc-list__summary" safe>
        {`${kind} · ${org.sectorLabel}`}
      </p>
      <p class="doc-list__meta">
        {org.address ? <span safe>{org.address}</span> : null}
        <OrgStatusBadge status={org.status} label={org.statusLabel} />
      </p>
    </li>
  );
}

function countText(q: DirectoryQuery, page: DirectoryPage): string {
  const filtered = hasDirectoryFilters(q);
  if (page.total === 0) {
    return filtered
      ? 'Không tìm thấy tổ chức phù hợp. Hãy thử bỏ bớt điều kiện lọc hoặc dùng từ khóa khác.'
      : 'Danh bạ chưa có tổ chức nào.';
  }
  const pages = page.pageCount > 1 ? ` — trang ${q.page}/${page.pageCount}` : '';
  return `${filtered ? 'Tìm thấy' : 'Có'} ${formatNumber(page.total)} tổ chức${pages}.`;
}

/** /hop-tac-xa: the directory with its filter form, in name order, paged. */
export function DirectoryListView({
  site,
  query,
  page,
}: {
  site: SiteContext;
  query: DirectoryQuery;
  page: DirectoryPage;
}) {
  const filtered = hasDirectoryFilters(query);
  const crumbs: Crumb[] = [{ label: 'Hợp tác xã' }];
  const title = query.page > 1 ? `${DIRECTORY_TITLE} — trang ${query.page}` : DIRECTORY_TITLE;
  // Filtered lists are views of the same directory: one canonical URL per page of the whole list.
  const canonical = filtered ? DIRECTORY_PATH : directoryHref(query);
  return (
    <PageLayout
      site={site}
      title={title}
      canonical={canonical}
      description={`Tra cứu hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân và doanh nghiệp thành viên của ${site.tenant.name}: theo tên, loại hình, ngành nghề và địa bàn.`}
      breadcrumb={crumbs}
      jsonLd={[breadcrumbJsonLd(crumbs, site.origin, new URL(canonical, site.origin).href)]}
    >
      <h1 class="page-title" id="tieu-de-trang">
        {DIRECTORY_TITLE}
      </h1>
      <DirectoryFilter query={query} kinds={page.kinds} communes={page.communes} />
      <section class="doc-results" aria-labelledby="htx-ket-qua">
        <h2 class="section-title" id="htx-ket-qua">
          {filtered ? 'Kết quả tra cứu' : 'Danh sách tổ chức'}
        </h2>
        <p class="doc-results__count" role="status" safe>
          {countText(query, page)}
        </p>
        {page.items.length > 0 ? (
          <ol class="doc-list">
            {page.items.map((org) => (
              <DirectoryEntry org={org} />
            ))}
          </ol>
        ) : null}
        <Pagination
          page={query.page}
          pageCount={page.pageCount}
          hrefFor={(p) => directoryHref(query, p)}
          label="Phân trang danh bạ hợp tác xã"
        />
      </section>
    </PageLayout>
  );
}

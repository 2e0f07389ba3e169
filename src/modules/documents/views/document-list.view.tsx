import { formatDate, formatNumber } from '../../../lib/vi/index.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import { documentListHref, hasFilters } from '../document-list-query.ts';
import type { PublicDocumentFilter } from '../document-public.service.ts';
import { DOCUMENT_STATUS_LABELS } from '../document-types.dto.ts';
import type { DocumentSummary } from '../documents.dto.ts';
import type { DocumentFacets } from '../documents.repo.ts';
import { DocumentFilter } from './document-filter.view.tsx';
import { Pagination } from './pagination.view.tsx';

export interface DocumentListProps {
  site: SiteContext;
  filter: PublicDocumentFilter;
  facets: DocumentFacets;
  items: DocumentSummary[];
  total: number;
  pageCount: number;
}

export function StatusBadge({ status }: { status: DocumentSummary['status'] }) {
  return (
    <span class={`doc-status doc-status--${status}`} safe>
      {DOCUMENT_STATUS_LABELS[status]}
    </span>
  );
}

function DocumentItem({ doc }: { doc: DocumentSummary }) {
  return (
    <li class="doc-list__item">
      <h3 class="doc-list__title">
        <a href={doc.url} safe>
          {`${doc.docType} số ${doc.number}`}
        </a>
      </h3>
      <p class="doc-list__summary" safe>
        {doc.summary}
      </p>
      <p class="doc-list__meta">
        <span safe>{`Ban hành: ${formatDate(doc.issuedOn)}`}</span>
        <span safe>{doc.issuer}</span>
        <StatusBadge status={doc.status} />
      </p>
    </li>
  );
}

/** /van-ban: the library with its filter form, newest first, paged. */
export function DocumentListView(props: DocumentListProps) {
  const { site, filter, items, total, pageCount } = props;
  const filtered = hasFilters(filter);
  const crumbs: Crumb[] = [{ label: 'Văn bản' }];
  const title = filter.page > 1 ? `Văn bản — trang ${filter.page}` : 'Văn bản';
  // Filtered lists are views of the same library: one canonical URL per page of the whole list.
  const canonical = filtered ? '/van-ban' : documentListHref(filter);
  return (
    <PageLayout
      site={site}
      title={title}
      canonical={canonical}
      description="Văn bản chỉ đạo, điều hành, hướng dẫn về kinh tế tập thể, hợp tác xã: tra cứu theo số ký hiệu, loại, cơ quan ban hành, lĩnh vực, năm và tình trạng hiệu lực."
      breadcrumb={crumbs}
      jsonLd={[breadcrumbJsonLd(crumbs, site.origin, new URL(canonical, site.origin).href)]}
    >
      <h1 class="page-title" id="tieu-de-trang">
        Văn bản
      </h1>
      <DocumentFilter filter={filter} facets={props.facets} />
      <section class="doc-results" aria-labelledby="vb-ket-qua">
        <h2 class="section-title" id="vb-ket-qua">
          {filtered ? 'Kết quả tra cứu' : 'Danh sách văn bản'}
        </h2>
        <p class="doc-results__count" role="status">
          {total > 0
            ? `${filtered ? 'Tìm thấy' : 'Có'} ${formatNumber(total)} văn bản${pageCount > 1 ? ` — trang ${filter.page}/${pageCount}` : ''}.`
            : filtered
              ? 'Không tìm thấy văn bản phù hợp. Hãy thử bỏ bớt điều kiện lọc hoặc dùng từ khóa khác.'
              : 'Chưa có văn bản nào được đăng.'}
        </p>
        {items.length > 0 ? (
          <ol class="doc-list">
            {items.map((doc) => (
              <DocumentItem doc={doc} />
            ))}
          </ol>
        ) : null}
        <Pagination
          page={filter.page}
          pageCount={pageCount}
          hrefFor={(p) => documentListHref(filter, p)}
          label="Phân trang danh sách văn bản"
        />
      </section>
    </PageLayout>
  );
}

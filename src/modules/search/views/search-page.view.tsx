import { formatNumber } from '../../../lib/vi/index.ts';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { SearchResult } from '../search.dto.ts';
import type { CategoryOption } from '../search.service.ts';
import { type SearchPageParams, searchPageUrl } from '../search-page-params.ts';
import { Pagination } from './pagination.view.tsx';
import { SearchFilterForm } from './search-form.view.tsx';
import { SearchResultList } from './search-results.view.tsx';

export interface SearchPageProps {
  site: SiteContext;
  params: SearchPageParams;
  categories: readonly CategoryOption[];
  result: SearchResult;
}

function SearchTips() {
  return (
    <section class="search-tips" aria-labelledby="meo-tim-kiem">
      <h2 class="section-title" id="meo-tim-kiem">
        Mẹo tìm kiếm
      </h2>
      <ul>
        <li>Gõ không dấu vẫn tìm được: “hop tac xa” tìm ra “hợp tác xã”.</li>
        <li>Gõ đúng dấu thì các kết quả đúng chính tả được xếp lên trước.</li>
        <li>Đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm đó: "hợp tác xã nông nghiệp".</li>
        <li>Thêm dấu trừ trước một từ để loại các kết quả có từ đó: hợp tác xã -"Hà Nội".</li>
        <li>Dùng bộ lọc để chỉ tìm tin tức, văn bản hoặc trong một chuyên mục, một khoảng thời gian.</li>
      </ul>
    </section>
  );
}

function ResultSummary({ result }: { result: SearchResult }) {
  const count = formatNumber(result.total);
  const text = result.totalExact ? `Tìm thấy ${count} kết quả` : `Tìm thấy ít nhất ${count} kết quả`;
  const pageText = result.pageCount > 1 ? ` · Trang ${result.page}/${formatNumber(result.pageCount)}` : '';
  return (
    <p class="search-summary" role="status" safe>
      {`${text}${pageText}.`}
    </p>
  );
}

function NoResults({ params, result }: { params: SearchPageParams; result: SearchResult }) {
  return (
    <div class="search-empty">
      <p class="lead" role="status">
        Không tìm thấy kết quả nào cho “<strong safe>{params.q.trim()}</strong>”.
      </p>
      {result.suggestion ? (
        <p class="search-suggestion">
          Có phải bạn muốn tìm:{' '}
          <a href={searchPageUrl(params, { q: result.suggestion })}>
            <strong safe>{result.suggestion}</strong>
          </a>
          ?
        </p>
      ) : null}
      <p>Hãy kiểm tra chính tả, thử ít từ hơn hoặc bỏ bớt bộ lọc.</p>
    </div>
  );
}

/** /tim-kiem: the form, then the results, a "did you mean", or tips when there is nothing to search. */
export function SearchPageView({ site, params, categories, result }: SearchPageProps) {
  const q = params.q.trim();
  const hasResults = result.items.length > 0;
  return (
    <PageLayout
      site={site}
      title={q ? `Tìm kiếm: ${q}` : 'Tìm kiếm'}
      description={`Tìm tin tức, văn bản và thông tin trên trang của ${site.tenant.name}.`}
      canonical={q ? searchPageUrl(params, { page: result.page }) : '/tim-kiem'}
      breadcrumb={[{ label: 'Tìm kiếm' }]}
      noindex
    >
      <h1 class="page-title">Tìm kiếm</h1>
      <SearchFilterForm params={params} categories={categories} />
      {params.notices.length > 0 ? (
        <div class="search-notices" role="note">
          <ul class="search-notices__list">
            {params.notices.map((n) => (
              <li safe>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.tooShort ? (
        <p class="lead" role="status">
          {q ? 'Từ khóa quá ngắn: hãy nhập ít nhất 2 chữ cái hoặc chữ số.' : 'Hãy nhập từ khóa cần tìm.'}
        </p>
      ) : (
        <section class="search-results-section" aria-labelledby="ket-qua-tim-kiem">
          <h2 class="section-title" id="ket-qua-tim-kiem">
            Kết quả tìm kiếm
          </h2>
          {result.total > 0 ? (
            <ResultSummary result={result} />
          ) : (
            <NoResults params={params} result={result} />
          )}
          {hasResults ? (
            <SearchResultList items={result.items} start={(result.page - 1) * result.pageSize + 1} />
          ) : result.total > 0 ? (
            <p>
              Trang này không có kết quả. <a href={searchPageUrl(params)}>Về trang 1</a>.
            </p>
          ) : null}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => searchPageUrl(params, { page })}
            label="Các trang kết quả tìm kiếm"
          />
        </section>
      )}
      {result.tooShort || result.total === 0 ? <SearchTips /> : null}
    </PageLayout>
  );
}

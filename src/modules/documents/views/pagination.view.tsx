export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}

/** Page numbers around the current one, first and last always shown; gaps as "…". */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** "‹ Trước 1 … 4 5 6 … 20 Sau ›": plain links, so paging works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, label = 'Phân trang' }: PaginationProps) {
  if (pageCount <= 1) return '';
  return (
    <nav class="pager" aria-label={label}>
      <ul class="pager__list">
        {page > 1 ? (
          <li>
            <a class="pager__link" href={hrefFor(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p) =>
          p === null ? (
            <li class="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              {p === page ? (
                <span class="pager__link pager__link--current" aria-current="page">
                  <span class="visually-hidden">Trang </span>
                  {p}
                </span>
              ) : (
                <a class="pager__link" href={hrefFor(p)}>
                  <span class="visually-hidden">Trang </span>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a class="pager__link" href={hrefFor(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Link of a page number. */
  href: (page: number) => string;
  label: string;
}

/** Page numbers around the current one, with the first and the last: 1 … 4 5 [6] 7 8 … 135. */
export function pageWindow(page: number, pageCount: number, around = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    const near = Math.abs(p - page) <= around;
    if (p === 1 || p === pageCount || near) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** Previous/next links with rel, numbered links, the current page marked for screen readers. */
export function Pagination({ page, pageCount, href, label }: PaginationProps) {
  if (pageCount <= 1) return '';
  return (
    <nav class="pagination" aria-label={label}>
      <ul class="pagination__list">
        {page > 1 ? (
          <li class="pagination__item">
            <a class="pagination__link" rel="prev" href={href(page - 1)}>
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p) =>
          p === null ? (
            <li class="pagination__item pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li class="pagination__item">
              {p === page ? (
                <a class="pagination__link" href={href(p)} aria-current="page">
                  <span class="visually-hidden">Trang </span>
                  {p}
                </a>
              ) : (
                <a class="pagination__link" href={href(p)}>
                  <span class="visually-hidden">Trang </span>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li class="pagination__item">
            <a class="pagination__link" rel="next" href={href(page + 1)}>
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

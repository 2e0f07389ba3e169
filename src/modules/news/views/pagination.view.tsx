/** ?trang=N links; page 1 is the bare URL, so it has one address only. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}?trang=${page}`;
}

/** Pages shown around the current one; the first and last are always reachable. */
function pageWindow(page: number, count: number): number[] {
  const set = new Set([1, count, page - 2, page - 1, page, page + 1, page + 2]);
  return [...set].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
}

export function Pagination({ base, page, count }: { base: string; page: number; count: number }) {
  if (count <= 1) return '';
  const pages = pageWindow(page, count);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul class="pagination__list">
        {page > 1 ? (
          <li>
            <a class="pagination__link" href={pageHref(base, page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pages.map((n, i) => (
          <>
            {i > 0 && n - (pages[i - 1] as number) > 1 ? (
              <li class="pagination__gap" aria-hidden="true">
                …
              </li>
            ) : null}
            <li>
              {n === page ? (
                <span class="pagination__link pagination__link--current" aria-current="page">
                  <span class="visually-hidden">Trang </span>
                  {n}
                </span>
              ) : (
                <a class="pagination__link" href={pageHref(base, n)}>
                  <span class="visually-hidden">Trang </span>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {page < count ? (
          <li>
            <a class="pagination__link" href={pageHref(base, page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

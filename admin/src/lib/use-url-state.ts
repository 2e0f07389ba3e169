import { useSearchParams } from 'react-router';

const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = PAGE_SIZES.map(String);

type Changes = Record<string, string | number | undefined>;

/** List filters and pagination kept in the URL, so reload, back and shared links keep the view. */
export function useUrlListState<K extends string>(filterKeys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])) as Record<
    K,
    string
  >;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const requestedSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  const pageSize = PAGE_SIZES.includes(requestedSize) ? requestedSize : DEFAULT_PAGE_SIZE;

  /** Empty and default values leave the URL, to keep links short. */
  function write(changes: Changes) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  }

  /** A new filter starts again from the first page. */
  function setFilters(changes: Partial<Record<K, string | undefined>>) {
    write({ ...changes, page: undefined });
  }

  function paginate(nextPage: number, nextPageSize: number) {
    write({
      page: nextPage === 1 ? undefined : nextPage,
      pageSize: nextPageSize === DEFAULT_PAGE_SIZE ? undefined : nextPageSize,
    });
  }

  return { filters, page, pageSize, setFilters, paginate, search: params.toString() };
}

/** What ?trang= asks for: a page, nothing usable (→ first page), or a page that cannot exist (→ 404). */
export type PageRequest = { kind: 'page'; page: number } | { kind: 'malformed' } | { kind: 'out-of-range' };

// Nine digits is far beyond any real archive; longer numbers would lose precision or overflow SQL.
const MAX_DIGITS = 9;

/** Parses ?trang= leniently: absent, "abc", "-1", "0", "1.5" or repeated → malformed; never throws. */
export function parsePageParam(raw: unknown): PageRequest {
  if (raw === undefined || raw === '') return { kind: 'page', page: 1 };
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) return { kind: 'malformed' };
  const digits = raw.replace(/^0+/, '');
  if (digits === '') return { kind: 'malformed' };
  if (digits.length > MAX_DIGITS) return { kind: 'out-of-range' };
  return { kind: 'page', page: Number(digits) };
}

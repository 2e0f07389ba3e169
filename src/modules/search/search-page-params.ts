import { normalizeSpaces, parseViDate } from '../../lib/vi/index.ts';
import { SEARCH_KIND_INFO, SEARCH_KINDS, SEARCH_MAX_PAGE, type SearchKind } from './search.dto.ts';
import { MAX_QUERY_LENGTH } from './search-query.ts';

/** The query string as Fastify hands it over: any key may come once, several times, or not at all. */
export type RawParams = Record<string, string | string[] | undefined>;

/** What the search page shows in its form and links, plus what it tells the reader it ignored. */
export interface SearchPageParams {
  q: string;
  kinds: SearchKind[];
  category: { id: string; slug: string } | null;
  /** The dates as typed when valid ("19/01/2024"), else empty. */
  fromText: string;
  toText: string;
  fromDay: Date | null;
  toDay: Date | null;
  page: number;
  /** Gentle Vietnamese notes about parameters that were ignored or corrected. */
  notices: string[];
}

const KIND_BY_PARAM = new Map<string, SearchKind>(SEARCH_KINDS.map((k) => [SEARCH_KIND_INFO[k].param, k]));
// Shown back to the reader inside a notice: enough to recognise, never a wall of text.
const shown = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

function all(v: string | string[] | undefined): string[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function parseDay(raw: string, label: string, notices: string[]): { text: string; day: Date | null } {
  const text = normalizeSpaces(raw.slice(0, 40));
  if (!text) return { text: '', day: null };
  const day = parseViDate(text);
  if (day) return { text, day };
  notices.push(
    `${label} “${shown(text)}” không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 19/01/2024) nên đã được bỏ qua.`,
  );
  return { text: '', day: null };
}

function parsePage(raw: string, notices: string[]): number {
  const text = raw.trim();
  if (!text) return 1;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (n >= 1 && n <= SEARCH_MAX_PAGE) return n;
  notices.push(`Số trang “${shown(text)}” không hợp lệ nên đang hiển thị trang 1.`);
  return 1;
}

/**
 * Reads `/tim-kiem?q=&loai=&chuyen-muc=&tu-ngay=&den-ngay=&trang=` leniently: anything malformed
 * is dropped with a notice, so a hand-edited or truncated link still shows a useful page.
 */
export function parseSearchParams(
  raw: RawParams,
  categories: readonly { id: string; slug: string }[],
): SearchPageParams {
  const notices: string[] = [];
  const q = first(raw.q).slice(0, MAX_QUERY_LENGTH * 4);

  const kinds: SearchKind[] = [];
  for (const value of all(raw.loai)) {
    const kind = KIND_BY_PARAM.get(value.trim());
    if (kind && !kinds.includes(kind)) kinds.push(kind);
    else if (!kind && value.trim()) notices.push(`Không có loại nội dung “${shown(value)}” nên đã bỏ qua.`);
  }

  const slug = first(raw['chuyen-muc']).trim();
  const category = slug ? (categories.find((c) => c.slug === slug) ?? null) : null;
  if (slug && !category) notices.push(`Không có chuyên mục “${shown(slug)}” nên đã bỏ qua điều kiện này.`);

  let from = parseDay(first(raw['tu-ngay']), 'Ngày bắt đầu', notices);
  let to = parseDay(first(raw['den-ngay']), 'Ngày kết thúc', notices);
  if (from.day && to.day && from.day > to.day) {
    [from, to] = [to, from];
    notices.push('Ngày bắt đầu sau ngày kết thúc nên hai ngày đã được đổi chỗ.');
  }

  return {
    q,
    kinds,
    category: category ? { id: category.id, slug: category.slug } : null,
    fromText: from.text,
    toText: to.text,
    fromDay: from.day,
    toDay: to.day,
    page: parsePage(first(raw.trang), notices),
    notices,
  };
}

/** The link to another page (or another query) of the same search; only valid filters travel. */
export function searchPageUrl(p: SearchPageParams, changes: { page?: number; q?: string } = {}): string {
  const params = new URLSearchParams();
  params.set('q', changes.q ?? p.q);
  for (const k of p.kinds) params.append('loai', SEARCH_KIND_INFO[k].param);
  if (p.category) params.set('chuyen-muc', p.category.slug);
  if (p.fromText) params.set('tu-ngay', p.fromText);
  if (p.toText) params.set('den-ngay', p.toText);
  const page = changes.page ?? 1;
  if (page > 1) params.set('trang', String(page));
  return `/tim-kiem?${params.toString()}`;
}

import { z } from 'zod';

export const SEARCH_KINDS = ['article', 'document', 'page', 'org'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

/**
 * The one place a kind is described: its label in results and its value in the public URL
 * (`/tim-kiem?loai=van-ban`). Adding a kind to SEARCH_KINDS makes the compiler ask for it here.
 */
export const SEARCH_KIND_INFO = {
  article: { label: 'Tin tức', param: 'tin-tuc' },
  document: { label: 'Văn bản', param: 'van-ban' },
  page: { label: 'Trang thông tin', param: 'trang' },
  org: { label: 'Hợp tác xã', param: 'hop-tac-xa' },
} as const satisfies Record<SearchKind, { label: string; param: string }>;

/** What a module hands the search index for one of its items (plain text, no HTML). */
export const SearchEntryInput = z.object({
  kind: SearchKind,
  refId: z.uuid(),
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  publishedAt: z.date(),
  categoryId: z.uuid().nullable().default(null),
  facet: z.string().nullable().default(null),
});
export type SearchEntryInput = z.input<typeof SearchEntryInput>;

export const SEARCH_MAX_PAGE_SIZE = 50;
/** Deeper pages are never useful and an OFFSET of millions is a cheap way to load the server. */
export const SEARCH_MAX_PAGE = 500;

/** A search as the service takes it; the public page and the JSON API both build one. */
export const SearchQuery = z.object({
  q: z.string().default(''),
  kinds: z.array(SearchKind).default([]),
  categoryId: z.uuid().nullable().default(null),
  /** Inclusive Viet Nam days, as the instant 00:00 of the day (what parseViDate returns). */
  fromDay: z.date().nullable().default(null),
  toDay: z.date().nullable().default(null),
  page: z.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(SEARCH_MAX_PAGE_SIZE).default(10),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** A piece of highlighted text: views escape `text` and wrap hits in <mark>. */
export const TextSegment = z.object({ text: z.string(), hit: z.boolean() });
export type TextSegment = z.infer<typeof TextSegment>;

export const SearchHit = z.object({
  kind: SearchKind,
  kindLabel: z.string(),
  url: z.string(),
  title: z.array(TextSegment),
  snippet: z.array(TextSegment),
  /** ISO 8601 instant (UTC). */
  publishedAt: z.iso.datetime(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  items: z.array(SearchHit),
  /** Results that can be paged through. */
  total: z.number().int(),
  /**
   * False when a quoted phrase matches so many entries that only the best ones were checked:
   * `total` is then "at least", not "exactly".
   */
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  /** "Did you mean": a spelling (with diacritics) that has results, when the query had none. */
  suggestion: z.string().nullable(),
  /** The query was empty or too short to search: nothing was looked up. */
  tooShort: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;

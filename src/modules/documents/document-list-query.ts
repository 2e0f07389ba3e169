import type { PublicDocumentFilter } from './document-public.service.ts';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentStatus,
  type DocumentType,
} from './document-types.dto.ts';

/** Query-string names of the public list: Vietnamese, as readers see them in the address bar. */
export const LIST_PARAMS = {
  q: 'q',
  docType: 'loai',
  issuer: 'co-quan',
  field: 'linh-vuc',
  year: 'nam',
  status: 'hieu-luc',
  page: 'trang',
} as const;

const MAX_PAGE = 10_000;

function first(v: unknown): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
}

/**
 * Reads /van-ban?… leniently: a reader's (or a crawler's) malformed value is dropped, never an
 * error page — a bad page number shows the first page, an unknown type shows all types.
 */
export function parseDocumentListQuery(query: unknown): PublicDocumentFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = first(q[LIST_PARAMS.q]).slice(0, 200);
  const docType = first(q[LIST_PARAMS.docType]);
  const status = first(q[LIST_PARAMS.status]);
  const yearText = first(q[LIST_PARAMS.year]);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const pageText = first(q[LIST_PARAMS.page]);
  const page = /^\d{1,6}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;
  return {
    q: text || undefined,
    docType: (DOCUMENT_TYPES as readonly string[]).includes(docType) ? (docType as DocumentType) : undefined,
    issuer: first(q[LIST_PARAMS.issuer]).slice(0, 200) || undefined,
    field: first(q[LIST_PARAMS.field]).slice(0, 120) || undefined,
    year: year && year >= 1900 && year <= 2100 ? year : undefined,
    status: (DOCUMENT_STATUSES as readonly string[]).includes(status)
      ? (status as DocumentStatus)
      : undefined,
    page,
  };
}

/** "/van-ban?loai=…&trang=2": the list URL of a filter, empty values left out. */
export function documentListHref(f: PublicDocumentFilter, page = f.page): string {
  const params = new URLSearchParams();
  if (f.q) params.set(LIST_PARAMS.q, f.q);
  if (f.docType) params.set(LIST_PARAMS.docType, f.docType);
  if (f.issuer) params.set(LIST_PARAMS.issuer, f.issuer);
  if (f.field) params.set(LIST_PARAMS.field, f.field);
  if (f.year) params.set(LIST_PARAMS.year, String(f.year));
  if (f.status) params.set(LIST_PARAMS.status, f.status);
  if (page > 1) params.set(LIST_PARAMS.page, String(page));
  const qs = params.toString();
  return qs ? `/van-ban?${qs}` : '/van-ban';
}

export function hasFilters(f: PublicDocumentFilter): boolean {
  return Boolean(f.q || f.docType || f.issuer || f.field || f.year || f.status);
}

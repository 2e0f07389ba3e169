import { ORG_KINDS, type OrgKind, SECTORS, type Sector } from '../registry-enums.dto.ts';

/** What a reader asked of /hop-tac-xa, already cleaned. */
export interface DirectoryQuery {
  q?: string | undefined;
  kind?: OrgKind | undefined;
  sector?: Sector | undefined;
  communeCode?: string | undefined;
  page: number;
}

/** Query-string names of the public list: Vietnamese, as readers see them in the address bar. */
export const DIRECTORY_PARAMS = {
  q: 'q',
  kind: 'loai',
  sector: 'linh-vuc',
  commune: 'xa',
  page: 'trang',
} as const;

export const DIRECTORY_PATH = '/hop-tac-xa';
const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;

function first(v: unknown): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
}

const oneOf = <T extends string>(values: readonly T[], v: string): T | undefined =>
  (values as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * Reads /hop-tac-xa?… leniently: a reader's (or a crawler's) malformed value is dropped, never an
 * error page — a bad page number shows the first page, an unknown type shows every type.
 */
export function parseDirectoryQuery(query: unknown): DirectoryQuery {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = first(q[DIRECTORY_PARAMS.q]).slice(0, MAX_QUERY_LENGTH);
  const commune = first(q[DIRECTORY_PARAMS.commune]);
  const pageText = first(q[DIRECTORY_PARAMS.page]);
  const page = /^\d{1,6}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;
  return {
    q: text || undefined,
    kind: oneOf(ORG_KINDS, first(q[DIRECTORY_PARAMS.kind])),
    sector: oneOf(SECTORS, first(q[DIRECTORY_PARAMS.sector])),
    communeCode: /^\d{5}$/.test(commune) ? commune : undefined,
    page,
  };
}

/** "/hop-tac-xa?loai=HTX&trang=2": the list URL of a query, empty values left out. */
export function directoryHref(f: DirectoryQuery, page = f.page): string {
  const params = new URLSearchParams();
  if (f.q) params.set(DIRECTORY_PARAMS.q, f.q);
  if (f.kind) params.set(DIRECTORY_PARAMS.kind, f.kind);
  if (f.sector) params.set(DIRECTORY_PARAMS.sector, f.sector);
  if (f.communeCode) params.set(DIRECTORY_PARAMS.commune, f.communeCode);
  if (page > 1) params.set(DIRECTORY_PARAMS.page, String(page));
  const qs = params.toString();
  return qs ? `${DIRECTORY_PATH}?${qs}` : DIRECTORY_PATH;
}

export function hasDirectoryFilters(f: DirectoryQuery): boolean {
  return Boolean(f.q || f.kind || f.sector || f.communeCode);
}

/** The profile page of an organisation. */
export function orgProfilePath(slug: string): string {
  return `${DIRECTORY_PATH}/${encodeURIComponent(slug)}`;
}

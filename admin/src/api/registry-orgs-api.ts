import type { AuditPage } from '../../../src/modules/audit/audit.dto.ts';
import type { CommuneDto, CommuneList } from '../../../src/modules/places/places.dto.ts';
import type {
  FigureIssue,
  FiguresDto,
  FiguresInput,
  FiguresSaved,
  FigureYearsDto,
  IndicatorDto,
} from '../../../src/modules/registry/figures/figures.dto.ts';
import type {
  RatingBandSetDto,
  RatingBandSetList,
  RatingDto,
  RatingInput,
  RatingList,
} from '../../../src/modules/registry/figures/ratings.dto.ts';
import type {
  OrgAttachmentDto,
  OrgAttachmentList,
  OrgRef,
  OrgStatusHistory,
  OrgStatusHistoryItem,
  RepresentativeCreated,
  RepresentativeDto,
  RepresentativeInput,
  RepresentativeList,
  UnionMemberDto,
  UnionMemberInput,
  UnionMemberList,
} from '../../../src/modules/registry/orgs/org-relations.dto.ts';
import type {
  Membership,
  OrgDto,
  OrgFormValues,
  OrgListPage,
  OrgSort,
  OrgSummary,
  OrgUpdateInput,
} from '../../../src/modules/registry/orgs/orgs.dto.ts';
import type { AttachmentKind } from '../../../src/modules/registry/registry-enums.dto.ts';
import { queryClient } from '../lib/query-client';
import { ApiError, api } from './client';
import { SESSION_KEY } from './session-api';
import type { Session } from './types';

export type {
  CommuneDto,
  FigureIssue,
  FiguresDto,
  FiguresSaved,
  FigureYearsDto,
  IndicatorDto,
  Membership,
  OrgAttachmentDto,
  OrgDto,
  OrgFormValues,
  OrgRef,
  OrgSort,
  OrgStatusHistoryItem,
  OrgSummary,
  OrgUpdateInput,
  RatingBandSetDto,
  RatingDto,
  RatingInput,
  RepresentativeCreated,
  RepresentativeDto,
  UnionMemberDto,
};

/** The list's filters as the URL and the server read them (lists joined with commas). */
export interface OrgFilterParams {
  q?: string;
  kind?: string;
  sector?: string;
  communeCode?: string;
  status?: string;
  rating?: string;
  ratingYear?: string;
  membership?: string;
  reportedYear?: string;
  reportStatus?: string;
  sort?: OrgSort;
  direction?: 'asc' | 'desc';
}

export interface OrgListParams extends OrgFilterParams {
  page: number;
  pageSize: number;
}

export const orgsKey = (...parts: unknown[]) => ['registry-orgs', ...parts];

const orgPath = (id: string, rest = '') => `/orgs/${encodeURIComponent(id)}${rest}`;

export function listOrgs(params: OrgListParams, signal?: AbortSignal) {
  return api<OrgListPage>('/orgs', { query: { ...params }, signal });
}

export function getOrg(id: string, signal?: AbortSignal) {
  return api<OrgDto>(orgPath(id), { signal });
}

export function createOrg(input: OrgFormValues) {
  return api<OrgDto>('/orgs', { method: 'POST', body: input });
}

export function updateOrg(id: string, input: OrgUpdateInput) {
  return api<OrgDto>(orgPath(id), { method: 'PUT', body: input });
}

export function deleteOrg(id: string) {
  return api<void>(orgPath(id), { method: 'DELETE' });
}

/** Merges `id` (the duplicate) into `intoId` (kept); answers the kept record. */
export function mergeOrg(id: string, intoId: string) {
  return api<OrgDto>(orgPath(id, '/merge'), { method: 'POST', body: { intoId } });
}

/** Address of the export of the current filters (downloaded with the session cookie). */
export const ORG_EXPORT_PATHS = { xlsx: '/orgs/export.xlsx', csv: '/orgs/export.csv' } as const;

export function getStatusHistory(id: string, signal?: AbortSignal) {
  return api<OrgStatusHistory>(orgPath(id, '/status-history'), { signal });
}

export function getChangeHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return api<AuditPage>(orgPath(id, '/history'), { query: { page, pageSize }, signal });
}

export function listUnionMembers(id: string, signal?: AbortSignal) {
  return api<UnionMemberList>(orgPath(id, '/union-members'), { signal });
}

export function addUnionMember(id: string, input: UnionMemberInput) {
  return api<UnionMemberList>(orgPath(id, '/union-members'), { method: 'POST', body: input });
}

export function removeUnionMember(id: string, memberId: string) {
  return api<void>(orgPath(id, `/union-members/${encodeURIComponent(memberId)}`), { method: 'DELETE' });
}

export function listAttachments(id: string, signal?: AbortSignal) {
  return api<OrgAttachmentList>(orgPath(id, '/attachments'), { signal });
}

/**
 * Uploads a document (PDF, Word, Excel ≤ 20 MB) and attaches it in one request: register staff
 * do not use the media library. Multipart, so the JSON client is not used.
 */
export async function uploadAttachment(
  id: string,
  file: File,
  meta: { kind: AttachmentKind; title: string },
) {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken;
  if (csrf) headers['x-csrf-token'] = csrf;
  const query = new URLSearchParams({ kind: meta.kind, title: meta.title });
  let response: Response;
  try {
    response = await fetch(`/api/v1${orgPath(id, '/attachments/upload')}?${query}`, {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return body as unknown as OrgAttachmentList;
  const message =
    typeof body.message === 'string' && body.message
      ? body.message
      : (UPLOAD_FALLBACK[response.status] ?? `Tải tệp lên không thành công (mã ${response.status}).`);
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  throw new ApiError(response.status, code, message, (body.fieldErrors as Record<string, string>) ?? {});
}

const UPLOAD_FALLBACK: Record<number, string> = {
  413: 'Tệp quá lớn. Tài liệu tối đa 20 MB.',
  415: 'Định dạng tệp không được hỗ trợ. Hãy chọn tệp PDF, DOC, DOCX, XLS hoặc XLSX.',
};

export function detachFile(id: string, mediaId: string) {
  return api<void>(orgPath(id, `/attachments/${encodeURIComponent(mediaId)}`), { method: 'DELETE' });
}

export function listRepresentatives(id: string, signal?: AbortSignal) {
  return api<RepresentativeList>(orgPath(id, '/representatives'), { signal });
}

export function createRepresentative(id: string, input: RepresentativeInput) {
  return api<RepresentativeCreated>(orgPath(id, '/representatives'), { method: 'POST', body: input });
}

export function removeRepresentative(id: string, userId: string) {
  return api<void>(orgPath(id, `/representatives/${encodeURIComponent(userId)}`), { method: 'DELETE' });
}

export function getFigures(id: string, year: number, signal?: AbortSignal) {
  return api<FiguresDto>(orgPath(id, '/figures'), { query: { year }, signal });
}

export function getFigureYears(id: string, signal?: AbortSignal) {
  return api<FigureYearsDto>(orgPath(id, '/figures/years'), { signal });
}

export function saveFigures(id: string, year: number, input: FiguresInput) {
  return api<FiguresSaved>(orgPath(id, `/figures/${year}`), { method: 'PUT', body: input });
}

export function listRatings(id: string, signal?: AbortSignal) {
  return api<RatingList>(orgPath(id, '/ratings'), { signal });
}

export function saveRating(id: string, year: number, input: RatingInput) {
  return api<RatingDto>(orgPath(id, `/ratings/${year}`), { method: 'PUT', body: input });
}

export function listRatingBandSets(signal?: AbortSignal) {
  return api<RatingBandSetList>('/registry/rating-band-sets', { signal });
}

/** New (post-2025) communes whose name matches, diacritics optional. */
export function searchCommunes(q: string, signal?: AbortSignal) {
  return api<CommuneList>('/places/communes', { query: { q, limit: 20 }, signal });
}

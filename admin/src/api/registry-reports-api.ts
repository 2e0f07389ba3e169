import type {
  FigureIssue,
  FiguresDto,
  FiguresInput,
  FiguresSaved,
  IndicatorDto,
} from '../../../src/modules/registry/figures/figures.dto.ts';
import type {
  DeadlineDto,
  MyReportDto,
  ProfileChanges,
  ProfileFields,
  ReportCounts,
  ReportDto,
  ReportListItem,
  ReportListPage,
} from '../../../src/modules/registry/figures/org-reports.dto.ts';
import type { OrgDto } from '../../../src/modules/registry/orgs/orgs.dto.ts';
import type { OrgKind, ReportStatus, SizeClass } from '../../../src/modules/registry/registry-enums.dto.ts';
import { api } from './client';

export type {
  DeadlineDto,
  FigureIssue,
  FiguresDto,
  FiguresSaved,
  IndicatorDto,
  MyReportDto,
  OrgDto,
  OrgKind,
  ProfileChanges,
  ProfileFields,
  ReportCounts,
  ReportDto,
  ReportListItem,
  ReportStatus,
  SizeClass,
};

// Labels copied from registry-enums.dto.ts (values stay on the server; a missing key fails to compile).
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  chua_nop: 'Chưa nộp',
  da_nop: 'Đã nộp',
  da_duyet: 'Đã duyệt',
  tra_lai: 'Trả lại',
};
export const REPORT_STATUSES = Object.keys(REPORT_STATUS_LABELS) as ReportStatus[];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  THT: 'Tổ hợp tác',
  HTX: 'Hợp tác xã',
  LHHTX: 'Liên hiệp hợp tác xã',
  QTDND: 'Quỹ tín dụng nhân dân',
  DN: 'Doanh nghiệp thành viên',
};
export const ORG_KINDS = Object.keys(ORG_KIND_LABELS) as OrgKind[];

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  sieu_nho: 'Siêu nhỏ',
  nho: 'Nhỏ',
  vua: 'Vừa',
  lon: 'Lớn',
};
export const SIZE_CLASSES = Object.keys(SIZE_CLASS_LABELS) as SizeClass[];

/** The profile fields a member may propose to change, in form order, with their labels. */
export const PROFILE_FIELD_LABELS: Record<keyof ProfileFields, string> = {
  street: 'Số nhà, đường, thôn',
  communeCode: 'Xã, phường',
  representativeName: 'Họ tên người đại diện',
  representativeTitle: 'Chức danh người đại diện',
  publicPhone: 'Điện thoại công khai',
  publicEmail: 'Email công khai',
  website: 'Website',
  sizeClass: 'Quy mô',
  notes: 'Ghi chú',
};
export const PROFILE_FIELDS = Object.keys(PROFILE_FIELD_LABELS) as (keyof ProfileFields)[];

export const reportsKey = (...parts: unknown[]) => ['registry-reports', ...parts];

const orgPath = (id: string, rest = '') => `/orgs/${encodeURIComponent(id)}${rest}`;

export interface ReportListParams {
  year?: string;
  status?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

/** Every active organisation with its report state for the year: the completeness view. */
export function listReports(params: ReportListParams, signal?: AbortSignal) {
  return api<ReportListPage>('/registry/reports', { query: { ...params }, signal });
}

export function getDeadline(year: number, signal?: AbortSignal) {
  return api<DeadlineDto>(`/registry/deadlines/${year}`, { signal });
}

/** deadline: YYYY-MM-DD. */
export function setDeadline(year: number, deadline: string) {
  return api<DeadlineDto>(`/registry/deadlines/${year}`, { method: 'PUT', body: { deadline } });
}

export function getReport(orgId: string, year: number, signal?: AbortSignal) {
  return api<ReportDto>(orgPath(orgId, `/reports/${year}`), { signal });
}

export function saveReport(orgId: string, year: number, profileChanges: ProfileChanges | null) {
  return api<ReportDto>(orgPath(orgId, `/reports/${year}`), { method: 'PUT', body: { profileChanges } });
}

export function submitReport(orgId: string, year: number) {
  return api<ReportDto>(orgPath(orgId, `/reports/${year}/submit`), { method: 'POST' });
}

export function approveReport(orgId: string, year: number) {
  return api<ReportDto>(orgPath(orgId, `/reports/${year}/approve`), { method: 'POST' });
}

export function returnReport(orgId: string, year: number, comment: string) {
  return api<ReportDto>(orgPath(orgId, `/reports/${year}/return`), { method: 'POST', body: { comment } });
}

export function getReportFigures(orgId: string, year: number, signal?: AbortSignal) {
  return api<FiguresDto>(orgPath(orgId, '/figures'), { query: { year }, signal });
}

export function saveReportFigures(orgId: string, year: number, input: FiguresInput) {
  return api<FiguresSaved>(orgPath(orgId, `/figures/${year}`), { method: 'PUT', body: input });
}

/** The organisation as staff see it (a member reads its own): current profile and commune name. */
export function getReportOrg(orgId: string, signal?: AbortSignal) {
  return api<OrgDto>(orgPath(orgId), { signal });
}

/** A member's own report for the year (the current year when absent). */
export function getMyReport(year: number | undefined, signal?: AbortSignal) {
  return api<MyReportDto>('/registry/my-report', { query: { year }, signal });
}

export interface CommuneOption {
  code: string;
  name: string;
  provinceName: string;
}

/** New (post-2025) communes whose name matches, diacritics optional. */
export function searchCommunes(q: string, signal?: AbortSignal) {
  return api<{ items: CommuneOption[] }>('/places/communes', { query: { q, limit: 20 }, signal });
}

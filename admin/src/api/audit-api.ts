import { api } from './client';
import type { AuditEntry, Page } from './types';

export interface AuditListParams {
  action?: string;
  entity?: string;
  actorEmail?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to?: string;
  page: number;
  pageSize: number;
}

export const auditKey = (params: AuditListParams) => ['audit', params];

export function listAudit(params: AuditListParams, signal?: AbortSignal) {
  return api<Page<AuditEntry>>('/audit', { query: { ...params }, signal });
}

import type { DocumentStatus, DocumentType } from '../../../src/modules/documents/document-types.dto.ts';
import type {
  DocumentDto,
  DocumentInput,
  DocumentPage,
  DocumentSummary,
} from '../../../src/modules/documents/documents.dto.ts';
import type { FileAttachment } from '../../../src/modules/media/media.dto.ts';
import { api } from './client';

export type { DocumentDto, DocumentInput, DocumentStatus, DocumentSummary, DocumentType, FileAttachment };

// The dto module holds these lists as values next to zod schemas; the console copies them (types
// only cross the boundary). A Record keyed by the server's union fails to compile if one is missing.
const TYPES: Record<DocumentType, true> = {
  Luật: true,
  'Nghị định': true,
  'Thông tư': true,
  'Quyết định': true,
  'Nghị quyết': true,
  'Chỉ thị': true,
  'Kế hoạch': true,
  'Công văn': true,
  'Báo cáo': true,
  'Thông báo': true,
  'Hướng dẫn': true,
  'Văn bản khác': true,
};
export const DOCUMENT_TYPES = Object.keys(TYPES) as DocumentType[];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  con_hieu_luc: 'Còn hiệu lực',
  het_hieu_luc: 'Hết hiệu lực',
  bi_thay_the: 'Bị thay thế',
};
export const DOCUMENT_STATUSES = Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[];

export interface DocumentListParams {
  q?: string;
  docType?: string;
  year?: string;
  status?: string;
  published?: string;
  page: number;
  pageSize: number;
}

export const documentsKey = (...parts: unknown[]) => ['documents', ...parts];

export function listDocuments(params: DocumentListParams, signal?: AbortSignal) {
  return api<DocumentPage>('/documents', { query: { ...params }, signal });
}

export function getDocument(id: string, signal?: AbortSignal) {
  return api<DocumentDto>(`/documents/${encodeURIComponent(id)}`, { signal });
}

export function createDocument(input: DocumentInput) {
  return api<DocumentDto>('/documents', { method: 'POST', body: input });
}

export function updateDocument(id: string, input: DocumentInput) {
  return api<DocumentDto>(`/documents/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function deleteDocument(id: string) {
  return api<void>(`/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

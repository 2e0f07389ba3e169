import { z } from 'zod';

/** Types of legal documents as provincial portals list them (Decree 42/2022, Circular 22/2023). */
export const DOCUMENT_TYPES = [
  'Luật',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Nghị quyết',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Báo cáo',
  'Thông báo',
  'Hướng dẫn',
  'Văn bản khác',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES, { error: 'Loại văn bản không hợp lệ' });
export type DocumentType = z.infer<typeof DocumentType>;

export const DOCUMENT_STATUSES = ['con_hieu_luc', 'het_hieu_luc', 'bi_thay_the'] as const;
export const DocumentStatus = z.enum(DOCUMENT_STATUSES, { error: 'Tình trạng hiệu lực không hợp lệ' });
export type DocumentStatus = z.infer<typeof DocumentStatus>;

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  con_hieu_luc: 'Còn hiệu lực',
  het_hieu_luc: 'Hết hiệu lực',
  bi_thay_the: 'Bị thay thế',
};

import { z } from 'zod';
import { FileAttachment } from '../media/media.dto.ts';
import { DocumentStatus, DocumentType } from './document-types.dto.ts';

const text = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `Tối đa ${max} ký tự`);
  return required ? base.min(1, required) : base;
};
const IsoDate = (message: string) => z.iso.date({ error: message });

export const DocumentInput = z
  .object({
    number: text(100, 'Vui lòng nhập số ký hiệu'),
    docType: DocumentType,
    issuer: text(200, 'Vui lòng nhập cơ quan ban hành'),
    signer: text(120).default(''),
    issuedOn: IsoDate('Ngày ban hành không hợp lệ (định dạng YYYY-MM-DD)'),
    effectiveOn: IsoDate('Ngày hiệu lực không hợp lệ (định dạng YYYY-MM-DD)').nullable().default(null),
    summary: text(2000, 'Vui lòng nhập trích yếu'),
    field: text(120).default(''),
    status: DocumentStatus.default('con_hieu_luc'),
    replacedById: z.uuid({ error: 'Văn bản thay thế không hợp lệ' }).nullable().default(null),
    fileIds: z
      .array(z.uuid({ error: 'Mã tệp không hợp lệ' }))
      .max(20, 'Tối đa 20 tệp đính kèm')
      .refine((ids) => new Set(ids).size === ids.length, 'Một tệp chỉ được đính kèm một lần')
      .default([]),
    published: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.effectiveOn && v.effectiveOn < v.issuedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveOn'],
        message: 'Ngày hiệu lực không được trước ngày ban hành',
      });
    }
    if (v.status === 'bi_thay_the' && !v.replacedById) {
      ctx.addIssue({ code: 'custom', path: ['replacedById'], message: 'Vui lòng chọn văn bản thay thế' });
    }
    if (v.status !== 'bi_thay_the' && v.replacedById) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedById'],
        message: 'Chỉ chọn văn bản thay thế khi tình trạng là “Bị thay thế”',
      });
    }
  });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const DocumentRef = z.object({
  id: z.uuid(),
  number: z.string(),
  docType: z.string(),
  url: z.string(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const DocumentSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  docType: z.string(),
  issuer: z.string(),
  signer: z.string(),
  issuedOn: z.string(),
  effectiveOn: z.string().nullable(),
  summary: z.string(),
  field: z.string(),
  status: DocumentStatus,
  replacedById: z.uuid().nullable(),
  published: z.boolean(),
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDto = DocumentSummary.extend({
  replacedBy: DocumentRef.nullable(),
  files: z.array(FileAttachment),
});
export type DocumentDto = z.infer<typeof DocumentDto>;

export const DocumentQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  docType: DocumentType.optional(),
  issuer: z.string().trim().max(200).optional(),
  field: z.string().trim().max(120).optional(),
  year: z.coerce.number().int().min(1900, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ').optional(),
  status: DocumentStatus.optional(),
  published: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1, 'Số trang không hợp lệ').max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'Tối đa 100 mục mỗi trang').default(20),
});
export type DocumentQuery = z.infer<typeof DocumentQuery>;

export const DocumentPage = z.object({ items: z.array(DocumentSummary), total: z.number().int() });
export type DocumentPage = z.infer<typeof DocumentPage>;

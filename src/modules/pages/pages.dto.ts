import { z } from 'zod';

export const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const PageInput = z.object({
  title: z.string().trim().min(1, 'Vui lòng nhập tiêu đề').max(200, 'Tiêu đề tối đa 200 ký tự'),
  /** Empty or absent: made from the title ("Cơ cấu tổ chức" → "co-cau-to-chuc"). */
  slug: z
    .string()
    .trim()
    .max(120, 'Đường dẫn tối đa 120 ký tự')
    .refine(
      (v) => v === '' || PAGE_SLUG.test(v),
      'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
    )
    .default(''),
  /** Rich text; sanitized on save whatever the editor sends. */
  bodyHtml: z.string().max(500_000, 'Nội dung quá dài').default(''),
  position: z.number().int('Thứ tự phải là số nguyên').min(0, 'Thứ tự không được âm').max(10_000).default(0),
  published: z.boolean().default(true),
});
export type PageInput = z.input<typeof PageInput>;
export type PageValues = z.infer<typeof PageInput>;

export const PageSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  position: z.number().int(),
  published: z.boolean(),
  url: z.string(),
  updatedAt: z.string(),
});
export type PageSummary = z.infer<typeof PageSummary>;

export const PageDto = PageSummary.extend({ bodyHtml: z.string() });
export type PageDto = z.infer<typeof PageDto>;

export const PageList = z.object({ items: z.array(PageSummary) });
export type PageList = z.infer<typeof PageList>;

import { z } from 'zod';

export const MEDIA_KINDS = ['image', 'file'] as const;
export const MediaKind = z.enum(MEDIA_KINDS, { error: 'Loại tệp không hợp lệ' });
export type MediaKind = z.infer<typeof MediaKind>;

export const MediaVariantDto = z.object({
  width: z.number().int(),
  height: z.number().int(),
  format: z.enum(['webp', 'jpeg']),
  url: z.string(),
  bytes: z.number().int(),
});
export type MediaVariantDto = z.infer<typeof MediaVariantDto>;

export const MediaDto = z.object({
  id: z.uuid(),
  kind: MediaKind,
  originalName: z.string(),
  /** Sniffed from the bytes, never the upload's claim. */
  mime: z.string(),
  /** "PDF", "Word (DOCX)", "Ảnh JPEG"… */
  typeLabel: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  alt: z.string(),
  caption: z.string(),
  /** Public URL: the largest JPEG variant of an image, the file itself for a document. */
  url: z.string(),
  variants: z.array(MediaVariantDto),
  createdAt: z.string(),
});
export type MediaDto = z.infer<typeof MediaDto>;

export const MediaQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  kind: MediaKind.optional(),
  page: z.coerce.number().int().min(1, 'Số trang không hợp lệ').max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'Tối đa 100 mục mỗi trang').default(30),
});
export type MediaQuery = z.infer<typeof MediaQuery>;

export const MediaPage = z.object({ items: z.array(MediaDto), total: z.number().int() });
export type MediaPage = z.infer<typeof MediaPage>;

export const MediaUpdate = z
  .object({
    alt: z.string().max(300, 'Mô tả ảnh (alt) tối đa 300 ký tự').optional(),
    caption: z.string().max(1000, 'Chú thích tối đa 1000 ký tự').optional(),
  })
  .strict();
export type MediaUpdate = z.infer<typeof MediaUpdate>;

/** A document file as other modules show it (attachments of a legal document). */
export const FileAttachment = z.object({
  id: z.uuid(),
  name: z.string(),
  url: z.string(),
  mime: z.string(),
  typeLabel: z.string(),
  bytes: z.number().int(),
});
export type FileAttachment = z.infer<typeof FileAttachment>;

/** Everything an <img> needs: srcset in WebP, src in JPEG for the rare browser without WebP. */
export interface ImageForDisplay {
  src: string;
  srcset: string;
  /** The same widths in JPEG, for a <picture> fallback source. */
  jpegSrcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

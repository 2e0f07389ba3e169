import { z } from 'zod';
import { SlugField } from './category.dto.ts';

export const ARTICLE_STATUSES = ['draft', 'submitted', 'returned', 'published', 'archived'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} tối đa ${max} ký tự`).default('');

const isHttpUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

const IsoDateTime = z.iso.datetime({ offset: true, error: 'Thời điểm không hợp lệ (ISO 8601)' });

/** What an editor writes. The body is sanitized on the server whatever the editor sends. */
export const ArticleInput = z.object({
  title: z.string().trim().min(3, 'Tiêu đề cần ít nhất 3 ký tự').max(300, 'Tiêu đề tối đa 300 ký tự'),
  /** Derived from the title when empty (on creation); kept when omitted (on update). */
  slug: SlugField.optional(),
  summary: text(1000, 'Tóm tắt'),
  bodyHtml: z.string().max(500_000, 'Nội dung quá dài (tối đa 500.000 ký tự)').default(''),
  coverMediaId: z.uuid({ error: 'Ảnh đại diện không hợp lệ' }).nullable().default(null),
  authorLine: text(200, 'Dòng tác giả'),
  sourceName: text(200, 'Tên nguồn'),
  sourceUrl: text(500, 'Địa chỉ nguồn').refine(
    (s) => s === '' || isHttpUrl(s),
    'Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://',
  ),
  categoryId: z.uuid({ error: 'Vui lòng chọn chuyên mục' }),
  tags: z
    .array(z.string().trim().min(1, 'Thẻ không được để trống').max(60, 'Thẻ tối đa 60 ký tự'))
    .max(20, 'Tối đa 20 thẻ')
    .default([]),
  featured: z.boolean().default(false),
  seoTitle: text(200, 'Tiêu đề SEO'),
  seoDescription: text(300, 'Mô tả SEO'),
  publishedAt: IsoDateTime.nullable().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

const Version = z.number({ error: 'Thiếu phiên bản đang sửa' }).int().min(1);

/** An update names the version it started from: a stale one is refused (409), never overwritten. */
export const ArticleUpdate = ArticleInput.extend({ version: Version });
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

export const ArticleDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  coverMediaId: z.uuid().nullable(),
  authorLine: z.string(),
  sourceName: z.string(),
  sourceUrl: z.string(),
  categoryId: z.uuid(),
  tags: z.array(z.string()),
  featured: z.boolean(),
  seoTitle: z.string(),
  seoDescription: z.string(),
  status: ArticleStatus,
  /** Published with a future time: goes live by itself. */
  scheduled: z.boolean(),
  reviewComment: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  createdBy: z.uuid().nullable(),
  updatedBy: z.uuid().nullable(),
  updatedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ArticleDto = z.infer<typeof ArticleDto>;

export const ArticleListItem = ArticleDto.pick({
  id: true,
  slug: true,
  url: true,
  title: true,
  categoryId: true,
  featured: true,
  status: true,
  scheduled: true,
  publishedAt: true,
  version: true,
  createdBy: true,
  updatedAt: true,
}).extend({ categoryName: z.string(), createdByName: z.string().nullable() });
export type ArticleListItem = z.infer<typeof ArticleListItem>;

export const ArticleQuery = z.object({
  status: ArticleStatus.optional(),
  categoryId: z.uuid({ error: 'Chuyên mục không hợp lệ' }).optional(),
  q: z.string().trim().max(200).optional(),
  /** Created by this user. */
  author: z.uuid({ error: 'Người viết không hợp lệ' }).optional(),
  sort: z.enum(['updated', 'published']).default('updated'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ArticleQuery = z.infer<typeof ArticleQuery>;

export const ArticlePage = z.object({ items: z.array(ArticleListItem), total: z.number().int() });
export type ArticlePage = z.infer<typeof ArticlePage>;

/** Workflow actions may name the version the user saw; a stale one is refused like an update. */
export const WorkflowInput = z.object({ version: Version.optional() });
export type WorkflowInput = z.infer<typeof WorkflowInput>;

export const PublishInput = WorkflowInput.extend({
  /** A future time schedules the article; omitted keeps the article's time, or now. */
  publishedAt: IsoDateTime.optional(),
});
export type PublishInput = z.infer<typeof PublishInput>;

export const ReturnInput = WorkflowInput.extend({
  comment: z
    .string()
    .trim()
    .min(1, 'Vui lòng ghi nhận xét khi trả lại bài')
    .max(2000, 'Nhận xét tối đa 2000 ký tự'),
});
export type ReturnInput = z.infer<typeof ReturnInput>;

export const RestoreInput = z.object({ version: Version });
export type RestoreInput = z.infer<typeof RestoreInput>;

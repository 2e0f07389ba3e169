import { z } from 'zod';
import { formatDateTime } from '../../lib/vi/index.ts';
import type { ArticleDto, ArticleStatus } from './article.dto.ts';
import type { ArticleRow } from './article.repo.ts';
import { articleUrl } from './category-tree.ts';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  published: 'Đã đăng',
  archived: 'Lưu trữ',
};

/** What a revision keeps: the editable fields and the status at that moment. */
export const ArticleSnapshot = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  coverMediaId: z.string().nullable(),
  authorLine: z.string(),
  sourceName: z.string(),
  sourceUrl: z.string(),
  categoryId: z.string(),
  tags: z.array(z.string()),
  featured: z.boolean(),
  seoTitle: z.string(),
  seoDescription: z.string(),
  publishedAt: z.string().nullable(),
  status: z.string(),
});
export type ArticleSnapshot = z.infer<typeof ArticleSnapshot>;

export function snapshotOf(row: ArticleRow, tags: readonly string[]): ArticleSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    coverMediaId: row.coverMediaId,
    authorLine: row.authorLine,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    categoryId: row.categoryId,
    tags: [...tags],
    featured: row.featured,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    status: row.status,
  };
}

/** The audit trail keeps what identifies a change, not whole bodies. */
export function auditSummary(row: ArticleRow): Record<string, unknown> {
  return {
    title: row.title,
    slug: row.slug,
    status: row.status,
    version: row.version,
    categoryId: row.categoryId,
    featured: row.featured,
    publishedAt: row.publishedAt,
  };
}

type Timing = Pick<ArticleRow, 'status' | 'publishedAt'>;

export const isScheduled = (row: Timing, now: Date): boolean =>
  row.status === 'published' && row.publishedAt !== null && row.publishedAt > now;

/** Published and its time has come: what readers and the search index see. */
export const isPublic = (row: Timing, now: Date): boolean =>
  row.status === 'published' && row.publishedAt !== null && row.publishedAt <= now;

export function presentArticle(
  row: ArticleRow,
  tags: readonly string[],
  updatedByName: string | null,
  now: Date,
): ArticleDto {
  return {
    id: row.id,
    slug: row.slug,
    url: articleUrl(row.slug),
    title: row.title,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    coverMediaId: row.coverMediaId,
    authorLine: row.authorLine,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    categoryId: row.categoryId,
    tags: [...tags],
    featured: row.featured,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    status: row.status as ArticleStatus,
    scheduled: isScheduled(row, now),
    reviewComment: row.reviewComment,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    updatedByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** "Bài viết vừa được Nguyễn Văn A sửa lúc 10:40 | 19/01/2024 …": who and when, so nobody overwrites blindly. */
export function conflictMessage(row: ArticleRow, byName: string | null, yourVersion: number): string {
  const who = byName ?? 'một người khác';
  return (
    `Bài viết vừa được ${who} thay đổi lúc ${formatDateTime(row.updatedAt)} ` +
    `(phiên bản ${row.version}, bạn đang sửa phiên bản ${yourVersion}). ` +
    'Nội dung của bạn chưa được lưu: hãy tải lại để xem bản mới nhất rồi sửa tiếp.'
  );
}

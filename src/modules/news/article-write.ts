import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { sanitizeRichText } from '../../core/html/sanitize.ts';
import { slugify } from '../../lib/vi/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ArticleInput } from './article.dto.ts';
import * as repo from './article.repo.ts';
import { findCoverSources } from './article-cover.repo.ts';
import { afterArticleWrite } from './article-effects.ts';
import { findLatestRevision, insertRevision } from './article-revision.repo.ts';
import { auditSummary, snapshotOf } from './article-snapshot.ts';
import { listTagNames, setArticleTags } from './article-tag.repo.ts';
import { findCategory } from './category.repo.ts';
import { firstFreeSlug, slugFrom } from './slug-choice.ts';

/** Autosave keeps at most one revision per this interval; explicit saves always keep one. */
export const AUTOSAVE_REVISION_EVERY_MS = 5 * 60_000;

export interface TagName {
  name: string;
  slug: string;
}

export interface PreparedFields {
  fields: Omit<repo.ArticlePatch, 'status' | 'version'>;
  tags: TagName[];
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { fieldErrors: { [field]: message } });

async function resolveSlug(ctx: Ctx, input: ArticleInput, current: repo.ArticleRow | null): Promise<string> {
  if (input.slug === undefined && current) return current.slug;
  if (input.slug) {
    if (input.slug === current?.slug) return input.slug;
    const owner = await repo.findArticleIdBySlug(ctx.db, ctx.tenantId, input.slug);
    if (owner && owner !== current?.id) {
      throw new AppError('CONFLICT', {
        message: 'Đường dẫn này đã được dùng cho bài viết khác.',
        fieldErrors: { slug: 'Đường dẫn đã được dùng' },
      });
    }
    return input.slug;
  }
  // Empty or absent on creation: from the title, "-2", "-3"… when another article has it.
  const base = slugFrom(input.title, 'bai-viet');
  const taken = await repo.articleSlugsLike(ctx.db, ctx.tenantId, base);
  return firstFreeSlug(
    base,
    taken.filter((s) => s !== current?.slug),
  );
}

/** Tags by slug, so "Nông nghiệp" and "nông  nghiệp" are one tag; the first spelling wins. */
export function normalizeTags(names: readonly string[]): TagName[] {
  const bySlug = new Map<string, TagName>();
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const slug = slugify(name, 60);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { name, slug });
  }
  return [...bySlug.values()];
}

/** Checks references (category, cover) and turns editor input into column values. */
export async function prepareFields(
  ctx: Ctx,
  input: ArticleInput,
  current: repo.ArticleRow | null,
): Promise<PreparedFields> {
  if (!(await findCategory(ctx.db, ctx.tenantId, input.categoryId))) {
    throw invalid('categoryId', 'Chuyên mục không tồn tại');
  }
  if (input.coverMediaId && input.coverMediaId !== current?.coverMediaId) {
    const found = await findCoverSources(ctx.db, ctx.tenantId, [input.coverMediaId]);
    if (!found.has(input.coverMediaId)) throw invalid('coverMediaId', 'Không tìm thấy ảnh trong thư viện');
  }
  let publishedAt = current?.publishedAt ?? null;
  if (input.publishedAt) publishedAt = new Date(input.publishedAt);
  // A published article always keeps a time; clearing it only applies to unpublished ones.
  else if (input.publishedAt === null && current?.status !== 'published') publishedAt = null;
  return {
    fields: {
      title: input.title,
      slug: await resolveSlug(ctx, input, current),
      summary: input.summary,
      bodyHtml: sanitizeRichText(input.bodyHtml),
      coverMediaId: input.coverMediaId,
      authorLine: input.authorLine,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
      categoryId: input.categoryId,
      featured: input.featured,
      seoTitle: input.seoTitle,
      seoDescription: input.seoDescription,
      publishedAt,
    },
    tags: normalizeTags(input.tags),
  };
}

export interface WriteOptions {
  action: string;
  now: Date;
  /** 'throttled': autosave, one revision per AUTOSAVE_REVISION_EVERY_MS unless the status changes. */
  revision: 'always' | 'throttled';
  tags?: TagName[];
}

export interface Written {
  row: repo.ArticleRow;
  tags: string[];
}

async function keepRevision(
  ctx: Ctx,
  row: repo.ArticleRow,
  tags: string[],
  before: repo.ArticleRow | null,
  o: WriteOptions,
) {
  if (o.revision === 'throttled' && before) {
    const latest = await findLatestRevision(ctx.db, ctx.tenantId, row.id);
    const recent = latest && o.now.getTime() - latest.createdAt.getTime() < AUTOSAVE_REVISION_EVERY_MS;
    if (recent && before.status === row.status) return;
  }
  await insertRevision(ctx.db, {
    tenantId: ctx.tenantId,
    articleId: row.id,
    version: row.version,
    snapshot: snapshotOf(row, tags),
    createdBy: ctx.actor?.id ?? null,
    createdAt: o.now,
  });
}

/** Everything that follows a row change: tags, revision, audit, search, caches. */
async function finish(
  ctx: Ctx,
  before: repo.ArticleRow | null,
  row: repo.ArticleRow,
  o: WriteOptions,
): Promise<Written> {
  if (o.tags) await setArticleTags(ctx.db, ctx.tenantId, row.id, o.tags);
  const tags = await listTagNames(ctx.db, ctx.tenantId, row.id);
  await keepRevision(ctx, row, tags, before, o);
  await recordAudit(ctx, {
    action: o.action,
    entity: 'article',
    entityId: row.id,
    before: before ? auditSummary(before) : null,
    after: auditSummary(row),
  });
  await afterArticleWrite(ctx, before, row, o.now);
  return { row, tags };
}

/** New article, always a draft at version 1. Call inside a transaction. */
export async function insertNew(
  ctx: Ctx,
  prepared: PreparedFields,
  now: Date,
  opts: { isDemo?: boolean } = {},
): Promise<Written> {
  const slug = prepared.fields.slug as string;
  await repo.forgetOldSlug(ctx.db, ctx.tenantId, slug);
  const row = await repo.insertArticle(ctx.db, {
    ...prepared.fields,
    title: prepared.fields.title as string,
    slug,
    categoryId: prepared.fields.categoryId as string,
    tenantId: ctx.tenantId,
    status: 'draft',
    version: 1,
    createdBy: ctx.actor?.id ?? null,
    updatedBy: ctx.actor?.id ?? null,
    createdAt: now,
    updatedAt: now,
    isDemo: opts.isDemo ?? false,
  });
  return finish(ctx, null, row, { action: 'article.create', now, revision: 'always', tags: prepared.tags });
}

/** Applies a change to a locked row as the next version. Call inside a transaction. */
export async function applyChange(
  ctx: Ctx,
  before: repo.ArticleRow,
  patch: repo.ArticlePatch,
  o: WriteOptions,
): Promise<Written> {
  if (patch.slug && patch.slug !== before.slug) {
    // The old URL keeps working (301); the new slug stops redirecting wherever it pointed.
    await repo.forgetOldSlug(ctx.db, ctx.tenantId, patch.slug);
    await repo.rememberOldSlug(ctx.db, ctx.tenantId, before.slug, before.id);
  }
  const row = await repo.updateArticle(ctx.db, ctx.tenantId, before.id, {
    ...patch,
    version: before.version + 1,
    updatedBy: ctx.actor?.id ?? null,
    updatedAt: o.now,
  });
  return finish(ctx, before, row, o);
}

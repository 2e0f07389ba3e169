import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type {
  ArticleDto,
  ArticleInput,
  ArticlePage,
  ArticleQuery,
  ArticleStatus,
  ArticleUpdate,
} from './article.dto.ts';
import * as repo from './article.repo.ts';
import { assertCanEdit, assertCanRead, assertVersion } from './article-policy.ts';
import { isScheduled, presentArticle } from './article-snapshot.ts';
import { listTagNames } from './article-tag.repo.ts';
import { applyChange, insertNew, prepareFields, type Written } from './article-write.ts';
import { articleUrl } from './category-tree.ts';

async function present(ctx: Ctx, w: Written, now: Date): Promise<ArticleDto> {
  const name = await repo.staffName(ctx.db, ctx.tenantId, w.row.updatedBy);
  return presentArticle(w.row, w.tags, name, now);
}

export async function getArticle(ctx: Ctx, id: string, now: Date): Promise<ArticleDto> {
  const row = await repo.findArticle(ctx.db, ctx.tenantId, id);
  assertCanRead(ctx, row);
  return present(ctx, { row, tags: await listTagNames(ctx.db, ctx.tenantId, id) }, now);
}

/** Staff list; contributors see their own articles only. */
export async function listArticleDtos(ctx: Ctx, q: ArticleQuery, now: Date): Promise<ArticlePage> {
  const author = ctx.actor?.role === 'cong_tac_vien' ? ctx.actor.id : q.author;
  const { rows, total } = await repo.listArticles(ctx.db, ctx.tenantId, { ...q, author });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      url: articleUrl(r.slug),
      title: r.title,
      categoryId: r.categoryId,
      categoryName: r.categoryName ?? '',
      featured: r.featured,
      status: r.status as ArticleStatus,
      scheduled: isScheduled(r, now),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      version: r.version,
      createdBy: r.createdBy,
      createdByName: r.createdByName,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/** `isDemo` marks demo content (removed together by "Xóa dữ liệu minh họa"). */
export async function createArticle(
  ctx: Ctx,
  input: ArticleInput,
  now: Date,
  opts: { isDemo?: boolean } = {},
): Promise<ArticleDto> {
  const written = await inTransaction(ctx, async (tx) =>
    insertNew(tx, await prepareFields(tx, input, null), now, opts),
  );
  return present(ctx, written, now);
}

/** An explicit save: a new version and a revision. */
export async function updateArticle(
  ctx: Ctx,
  id: string,
  input: ArticleUpdate,
  now: Date,
): Promise<ArticleDto> {
  const written = await inTransaction(ctx, async (tx) => {
    const before = await repo.lockArticle(tx.db, tx.tenantId, id);
    assertCanEdit(tx, before);
    await assertVersion(tx, before, input.version);
    const { fields, tags } = await prepareFields(tx, input, before);
    return applyChange(tx, before, fields, { action: 'article.update', now, revision: 'always', tags });
  });
  return present(ctx, written, now);
}

/**
 * Autosave of a draft (or returned article) in place: the same fields and version check, the version
 * still moves (so a second tab notices), but a revision is kept at most every five minutes.
 * Live articles are never autosaved: their changes go through an explicit save.
 */
export async function autosaveArticle(
  ctx: Ctx,
  id: string,
  input: ArticleUpdate,
  now: Date,
): Promise<ArticleDto> {
  const written = await inTransaction(ctx, async (tx) => {
    const before = await repo.lockArticle(tx.db, tx.tenantId, id);
    assertCanEdit(tx, before);
    await assertVersion(tx, before, input.version);
    if (before.status !== 'draft' && before.status !== 'returned') {
      throw new AppError('CONFLICT', {
        message: 'Chỉ tự động lưu được bản nháp; bài đang chờ duyệt hoặc đã đăng cần bấm Lưu.',
      });
    }
    const { fields, tags } = await prepareFields(tx, input, before);
    return applyChange(tx, before, fields, { action: 'article.autosave', now, revision: 'throttled', tags });
  });
  return present(ctx, written, now);
}

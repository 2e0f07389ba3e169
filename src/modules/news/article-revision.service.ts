import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import type { ArticleDto, RestoreInput } from './article.dto.ts';
import * as repo from './article.repo.ts';
import { findCoverSources } from './article-cover.repo.ts';
import { assertCanEdit, assertCanRead, assertVersion } from './article-policy.ts';
import type {
  RevisionDetail,
  RevisionDiffQuery,
  RevisionList,
  RevisionSummary,
} from './article-revision.dto.ts';
import * as revisions from './article-revision.repo.ts';
import { ArticleSnapshot, presentArticle, snapshotOf } from './article-snapshot.ts';
import { listTagNames } from './article-tag.repo.ts';
import { applyChange, normalizeTags } from './article-write.ts';
import { findCategory } from './category.repo.ts';
import { wordDiff } from './word-diff.ts';

const revisionNotFound = () =>
  new AppError('NOT_FOUND', { message: 'Không tìm thấy phiên bản này của bài viết.' });

function summarize(r: revisions.RevisionWithAuthor, snap: ArticleSnapshot): RevisionSummary {
  return {
    id: r.id,
    version: r.version,
    status: snap.status,
    title: snap.title,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    createdByName: r.createdByName,
  };
}

export async function listArticleRevisions(ctx: Ctx, articleId: string): Promise<RevisionList> {
  assertCanRead(ctx, await repo.findArticle(ctx.db, ctx.tenantId, articleId));
  const rows = await revisions.listRevisions(ctx.db, ctx.tenantId, articleId);
  return { items: rows.map((r) => summarize(r, ArticleSnapshot.parse(r.snapshot))) };
}

// Fields compared as a whole, named as the editor's form names them.
const OTHER_FIELDS = [
  'slug',
  'coverMediaId',
  'authorLine',
  'sourceName',
  'sourceUrl',
  'categoryId',
  'featured',
  'seoTitle',
  'seoDescription',
  'publishedAt',
  'status',
] as const;

function compare(
  from: ArticleSnapshot | null,
  to: ArticleSnapshot,
): Pick<RevisionDetail, 'diff' | 'changedFields'> {
  const changedFields: string[] = OTHER_FIELDS.filter((f) => from !== null && from[f] !== to[f]);
  if (from && from.tags.join('\n') !== to.tags.join('\n')) changedFields.push('tags');
  return {
    diff: {
      title: wordDiff(from?.title ?? '', to.title),
      summary: wordDiff(from?.summary ?? '', to.summary),
      body: wordDiff(htmlToText(from?.bodyHtml ?? ''), htmlToText(to.bodyHtml)),
    },
    changedFields,
  };
}

/** A revision with a readable word diff against the one before it, or against the article now. */
export async function getArticleRevision(
  ctx: Ctx,
  articleId: string,
  revisionId: number,
  q: RevisionDiffQuery,
): Promise<RevisionDetail> {
  const article = await repo.findArticle(ctx.db, ctx.tenantId, articleId);
  assertCanRead(ctx, article);
  const rev = await revisions.findRevision(ctx.db, ctx.tenantId, articleId, revisionId);
  if (!rev) throw revisionNotFound();
  const snap = ArticleSnapshot.parse(rev.snapshot);
  let result: Pick<RevisionDetail, 'diff' | 'changedFields'>;
  let version: number | null;
  if (q.against === 'current') {
    const current = snapshotOf(article, await listTagNames(ctx.db, ctx.tenantId, articleId));
    result = compare(snap, current);
    version = article.version;
  } else {
    const prev = await revisions.findPreviousRevision(ctx.db, ctx.tenantId, articleId, rev.version);
    result = compare(prev ? ArticleSnapshot.parse(prev.snapshot) : null, snap);
    version = prev?.version ?? null;
  }
  return {
    revision: { ...summarize(rev, snap), snapshot: snap },
    against: { kind: q.against, version },
    ...result,
  };
}

/**
 * Brings back a revision's content as a new version (history is never rewritten). The slug and the
 * status stay as they are now: restoring text must not move a URL or publish anything.
 */
export async function restoreArticleRevision(
  ctx: Ctx,
  articleId: string,
  revisionId: number,
  input: RestoreInput,
  now: Date,
): Promise<ArticleDto> {
  const written = await inTransaction(ctx, async (tx) => {
    const before = await repo.lockArticle(tx.db, tx.tenantId, articleId);
    assertCanEdit(tx, before);
    await assertVersion(tx, before, input.version);
    const rev = await revisions.findRevision(tx.db, tx.tenantId, articleId, revisionId);
    if (!rev) throw revisionNotFound();
    const snap = ArticleSnapshot.parse(rev.snapshot);
    // References may have gone since: a deleted category or image keeps the current one.
    const categoryOk = await findCategory(tx.db, tx.tenantId, snap.categoryId);
    const coverOk =
      snap.coverMediaId === null ||
      (await findCoverSources(tx.db, tx.tenantId, [snap.coverMediaId])).has(snap.coverMediaId);
    return applyChange(
      tx,
      before,
      {
        title: snap.title,
        summary: snap.summary,
        bodyHtml: snap.bodyHtml,
        coverMediaId: coverOk ? snap.coverMediaId : before.coverMediaId,
        authorLine: snap.authorLine,
        sourceName: snap.sourceName,
        sourceUrl: snap.sourceUrl,
        categoryId: categoryOk ? snap.categoryId : before.categoryId,
        featured: snap.featured,
        seoTitle: snap.seoTitle,
        seoDescription: snap.seoDescription,
      },
      { action: 'article.restore', now, revision: 'always', tags: normalizeTags(snap.tags) },
    );
  });
  const name = await repo.staffName(ctx.db, ctx.tenantId, written.row.updatedBy);
  return presentArticle(written.row, written.tags, name, now);
}

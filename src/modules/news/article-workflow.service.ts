import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { ArticleDto, ArticleStatus, PublishInput, ReturnInput, WorkflowInput } from './article.dto.ts';
import * as repo from './article.repo.ts';
import { findCoverSources } from './article-cover.repo.ts';
import { articleNotFound, assertCanEdit, assertCanRead, assertVersion } from './article-policy.ts';
import { presentArticle, STATUS_LABELS } from './article-snapshot.ts';
import { applyChange } from './article-write.ts';
import { isEditor } from './news-roles.ts';

interface Transition {
  action: string;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  verb: string;
  /** Contributors may only submit; everything else is the editors'. */
  editorsOnly: boolean;
}

const ALL: readonly ArticleStatus[] = ['draft', 'submitted', 'returned', 'published', 'archived'];

const TRANSITIONS = {
  submit: {
    action: 'article.submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    verb: 'gửi duyệt',
    editorsOnly: false,
  },
  // Publishing an already published article moves its time (reschedules).
  publish: { action: 'article.publish', from: ALL, to: 'published', verb: 'đăng', editorsOnly: true },
  return: {
    action: 'article.return',
    from: ['submitted'],
    to: 'returned',
    verb: 'trả lại',
    editorsOnly: true,
  },
  unpublish: { action: 'article.unpublish', from: ['published'], to: 'draft', verb: 'gỡ', editorsOnly: true },
  archive: {
    action: 'article.archive',
    from: ['draft', 'submitted', 'returned', 'published'],
    to: 'archived',
    verb: 'lưu trữ',
    editorsOnly: true,
  },
} as const satisfies Record<string, Transition>;

export type WorkflowAction = keyof typeof TRANSITIONS;

export interface WorkflowOptions {
  /**
   * A trusted server-side caller (the demo loader) acting as the system: no role or ownership
   * check. Only honoured when ctx has no actor — a signed-in person's role is always checked.
   */
  asSystem?: boolean;
}

/** Publishing needs alt text on the cover: screen-reader users read the cover too (WCAG 1.1.1). */
async function assertCoverReady(ctx: Ctx, row: repo.ArticleRow): Promise<void> {
  if (!row.coverMediaId) return;
  const cover = (await findCoverSources(ctx.db, ctx.tenantId, [row.coverMediaId])).get(row.coverMediaId);
  if (cover && !cover.alt.trim()) {
    throw new AppError('VALIDATION', {
      message: 'Ảnh đại diện cần có mô tả (alt) trước khi đăng.',
      fieldErrors: { coverMediaId: 'Ảnh đại diện chưa có mô tả (alt)' },
    });
  }
}

async function transition(
  ctx: Ctx,
  id: string,
  name: WorkflowAction,
  input: WorkflowInput,
  now: Date,
  extra: (tx: Ctx, row: repo.ArticleRow) => Promise<repo.ArticlePatch> | repo.ArticlePatch = () => ({}),
  opts: WorkflowOptions = {},
): Promise<ArticleDto> {
  const t: Transition = TRANSITIONS[name];
  const system = opts.asSystem === true && ctx.actor === null;
  const written = await inTransaction(ctx, async (tx) => {
    const before = await repo.lockArticle(tx.db, tx.tenantId, id);
    if (system) {
      if (!before) throw articleNotFound();
    } else {
      assertCanRead(tx, before);
      if (t.editorsOnly && !isEditor(tx.actor?.role)) {
        throw new AppError('FORBIDDEN', { message: `Chỉ biên tập viên được ${t.verb} bài viết.` });
      }
      assertCanEdit(tx, before);
    }
    await assertVersion(tx, before, input.version);
    if (!t.from.includes(before.status as ArticleStatus)) {
      const label = STATUS_LABELS[before.status as ArticleStatus] ?? before.status;
      throw new AppError('CONFLICT', {
        message: `Không thể ${t.verb} bài viết đang ở trạng thái «${label}».`,
      });
    }
    const patch = { status: t.to, ...(await extra(tx, before)) };
    return applyChange(tx, before, patch, { action: t.action, now, revision: 'always' });
  });
  const updatedByName = await repo.staffName(ctx.db, ctx.tenantId, written.row.updatedBy);
  return presentArticle(written.row, written.tags, updatedByName, now);
}

export const submitArticle = (
  ctx: Ctx,
  id: string,
  input: WorkflowInput,
  now: Date,
  opts: WorkflowOptions = {},
) => transition(ctx, id, 'submit', input, now, undefined, opts);

/** Goes live now, at the article's own time, or at `publishedAt` (a future time schedules it). */
export const publishArticle = (
  ctx: Ctx,
  id: string,
  input: PublishInput,
  now: Date,
  opts: WorkflowOptions = {},
) =>
  transition(
    ctx,
    id,
    'publish',
    input,
    now,
    async (tx, row) => {
      await assertCoverReady(tx, row);
      const publishedAt = input.publishedAt ? new Date(input.publishedAt) : (row.publishedAt ?? now);
      return { publishedAt, reviewComment: '' };
    },
    opts,
  );

export const returnArticle = (ctx: Ctx, id: string, input: ReturnInput, now: Date) =>
  transition(ctx, id, 'return', input, now, () => ({ reviewComment: input.comment }));

export const unpublishArticle = (ctx: Ctx, id: string, input: WorkflowInput, now: Date) =>
  transition(ctx, id, 'unpublish', input, now);

export const archiveArticle = (ctx: Ctx, id: string, input: WorkflowInput, now: Date) =>
  transition(ctx, id, 'archive', input, now);

import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type {
  ApprovedFeedback,
  BlockedSenderDto,
  BulkInput,
  FeedbackDto,
  FeedbackForm,
  FeedbackPage,
  FeedbackQuery,
  FeedbackStatus,
  ModerationAction,
} from './feedback.dto.ts';
import * as repo from './feedback.repo.ts';
import { senderKey } from './feedback-sender.ts';

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy phản hồi.' });

const STATUS_OF: Record<ModerationAction, FeedbackStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};

export function presentFeedback(row: repo.FeedbackRow): FeedbackDto {
  return {
    id: row.id,
    articleId: row.articleId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    message: row.message,
    status: row.status as FeedbackStatus,
    reply: row.reply,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    senderKey: senderKey(row.ipHash),
    createdAt: row.createdAt.toISOString(),
    moderatedAt: row.moderatedAt?.toISOString() ?? null,
  };
}

function presentBlocked(row: repo.BlockedSenderRow): BlockedSenderDto {
  return {
    id: row.id,
    email: row.email,
    senderKey: row.ipHash ? senderKey(row.ipHash) : null,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Public pages show approved feedback only: a change that makes an item appear, disappear or
 * change there drops the article's cached page (and the feedback list).
 */
function announceIfPublic(ctx: Ctx, before: repo.FeedbackRow, after: repo.FeedbackRow): void {
  if (before.status !== 'approved' && after.status !== 'approved') return;
  const tags = after.articleId ? [`feedback:${after.articleId}`, `article:${after.articleId}`] : ['feedback'];
  contentChanged(ctx, tags);
}

/**
 * Stores a reader's message as pending. A blocked sender (e-mail or address) gets the same
 * answer as everybody else, but the message goes straight to spam.
 */
export async function submitFeedback(
  ctx: Ctx,
  input: FeedbackForm & { ipHash: string },
): Promise<{ id: string; status: FeedbackStatus }> {
  const blocked = await repo.isBlocked(ctx.db, ctx.tenantId, input.email, input.ipHash);
  const row = await repo.insertFeedback(ctx.db, {
    tenantId: ctx.tenantId,
    articleId: input.articleId,
    name: input.name,
    email: input.email,
    phone: input.phone,
    message: input.message,
    status: blocked ? 'spam' : 'pending',
    ipHash: input.ipHash,
  });
  ctx.log.info({ feedbackId: row.id, status: row.status }, 'feedback received');
  return { id: row.id, status: row.status as FeedbackStatus };
}

export async function listFeedback(ctx: Ctx, q: FeedbackQuery): Promise<FeedbackPage> {
  const { rows, total } = await repo.listFeedback(ctx.db, ctx.tenantId, q);
  return { items: rows.map(presentFeedback), total };
}

export async function getFeedback(ctx: Ctx, id: string): Promise<FeedbackDto> {
  const row = await repo.findFeedback(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound();
  return presentFeedback(row);
}

/** Sets the status of items already locked in tx; audits and announces each. */
async function applyStatus(
  tx: Ctx,
  rows: readonly repo.FeedbackRow[],
  action: ModerationAction,
  now: Date,
): Promise<repo.FeedbackRow[]> {
  const updated = await repo.setStatus(
    tx.db,
    tx.tenantId,
    rows.map((r) => r.id),
    STATUS_OF[action],
    tx.actor?.id ?? null,
    now,
  );
  const byId = new Map(updated.map((r) => [r.id, r]));
  for (const before of rows) {
    const after = byId.get(before.id);
    if (!after) continue;
    await recordAudit(tx, {
      action: `feedback.${action}`,
      entity: 'feedback',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    announceIfPublic(tx, before, after);
  }
  return updated;
}

/** Approve, reject or mark as spam one item. */
export async function moderateFeedback(
  ctx: Ctx,
  id: string,
  action: ModerationAction,
  now = new Date(),
): Promise<FeedbackDto> {
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.lockFeedback(tx.db, tx.tenantId, [id]);
    if (rows.length === 0) throw notFound();
    const [after] = await applyStatus(tx, rows, action, now);
    if (!after) throw notFound();
    return presentFeedback(after);
  });
}

/** The alliance's answer, shown under the reader's message once approved; an empty text removes it. */
export async function replyToFeedback(
  ctx: Ctx,
  id: string,
  reply: string,
  now = new Date(),
): Promise<FeedbackDto> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await repo.lockFeedback(tx.db, tx.tenantId, [id]);
    if (!before) throw notFound();
    const after = await repo.setReply(tx.db, tx.tenantId, id, reply, tx.actor?.id ?? null, now);
    if (!after) throw notFound();
    await recordAudit(tx, {
      action: 'feedback.reply',
      entity: 'feedback',
      entityId: id,
      before: { reply: before.reply },
      after: { reply: after.reply },
    });
    announceIfPublic(tx, before, after);
    return presentFeedback(after);
  });
}

/** Blocks the senders (e-mail and address) of locked items and files the items as spam. */
async function blockSenders(tx: Ctx, rows: readonly repo.FeedbackRow[], reason: string, now: Date) {
  for (const row of rows) {
    const existing = await repo.findBlockedExact(tx.db, tx.tenantId, row.email, row.ipHash);
    if (existing) continue;
    const blocked = await repo.insertBlocked(tx.db, {
      tenantId: tx.tenantId,
      email: row.email,
      ipHash: row.ipHash,
      reason,
      createdBy: tx.actor?.id ?? null,
    });
    await recordAudit(tx, {
      action: 'feedback.block_sender',
      entity: 'blocked_sender',
      entityId: blocked.id,
      after: { ...presentBlocked(blocked), feedbackId: row.id },
    });
  }
  return applyStatus(tx, rows, 'spam', now);
}

export async function blockSender(
  ctx: Ctx,
  id: string,
  reason: string,
  now = new Date(),
): Promise<FeedbackDto> {
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.lockFeedback(tx.db, tx.tenantId, [id]);
    if (rows.length === 0) throw notFound();
    const [after] = await blockSenders(tx, rows, reason, now);
    if (!after) throw notFound();
    return presentFeedback(after);
  });
}

/** One action on many items, all or nothing. Unknown ids are skipped; returns how many changed. */
export async function bulkModerate(
  ctx: Ctx,
  input: BulkInput,
  now = new Date(),
): Promise<{ updated: number }> {
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.lockFeedback(tx.db, tx.tenantId, [...new Set(input.ids)]);
    const updated =
      input.action === 'block'
        ? await blockSenders(tx, rows, '', now)
        : await applyStatus(tx, rows, input.action, now);
    return { updated: updated.length };
  });
}

export async function listBlockedSenders(ctx: Ctx): Promise<BlockedSenderDto[]> {
  return (await repo.listBlocked(ctx.db, ctx.tenantId)).map(presentBlocked);
}

export async function unblockSender(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.deleteBlocked(tx.db, tx.tenantId, id);
    if (!row) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy người gửi bị chặn.' });
    await recordAudit(tx, {
      action: 'feedback.unblock_sender',
      entity: 'blocked_sender',
      entityId: id,
      before: presentBlocked(row),
    });
  });
}

const MAX_SHOWN = 200;

/** Approved feedback under an article with the alliance's replies, for the article page. */
export async function listApprovedFeedback(ctx: Ctx, articleId: string): Promise<ApprovedFeedback[]> {
  const rows = await repo.listApproved(ctx.db, ctx.tenantId, articleId, MAX_SHOWN);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    message: r.message,
    createdAt: r.createdAt,
    reply: r.reply,
    repliedAt: r.repliedAt,
  }));
}

/**
 * Removes readers' feedback on articles that are being deleted (demo data removal); general
 * feedback (no article) is untouched. Call it in the transaction that deletes the articles.
 */
export async function removeFeedbackOfArticles(ctx: Ctx, articleIds: readonly string[]): Promise<number> {
  return repo.deleteFeedbackOfArticles(ctx.db, ctx.tenantId, articleIds);
}

import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import type { FeedbackStatus } from './feedback.dto.ts';
import { blockedSenders, feedback } from './feedback.tables.ts';

export type FeedbackRow = typeof feedback.$inferSelect;
export type FeedbackInsert = typeof feedback.$inferInsert;
export type BlockedSenderRow = typeof blockedSenders.$inferSelect;

export async function insertFeedback(db: Executor, row: FeedbackInsert): Promise<FeedbackRow> {
  const [created] = await db.insert(feedback).values(row).returning();
  if (!created) throw new Error('feedback insert returned nothing');
  return created;
}

/** True when the e-mail (any case) or the address hash was blocked by the tenant's moderators. */
export async function isBlocked(
  db: Executor,
  tenantId: string,
  email: string,
  ipHash: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: blockedSenders.id })
    .from(blockedSenders)
    .where(
      and(
        eq(blockedSenders.tenantId, tenantId),
        or(sql`lower(${blockedSenders.email}) = lower(${email})`, eq(blockedSenders.ipHash, ipHash)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function findFeedback(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<FeedbackRow | undefined> {
  const [row] = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.tenantId, tenantId), eq(feedback.id, id)));
  return row;
}

/** Locks the rows for the moderation that follows (two moderators cannot interleave on one item). */
export async function lockFeedback(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<FeedbackRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(feedback)
    .where(and(eq(feedback.tenantId, tenantId), inArray(feedback.id, [...ids])))
    .orderBy(asc(feedback.id))
    .for('update');
}

export async function listFeedback(
  db: Executor,
  tenantId: string,
  q: { status: FeedbackStatus; articleId?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: FeedbackRow[]; total: number }> {
  const cond = and(
    eq(feedback.tenantId, tenantId),
    eq(feedback.status, q.status),
    q.articleId ? eq(feedback.articleId, q.articleId) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(feedback)
      .where(cond)
      .orderBy(desc(feedback.createdAt), desc(feedback.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(feedback).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function setStatus(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
  status: FeedbackStatus,
  moderatorId: string | null,
  at: Date,
): Promise<FeedbackRow[]> {
  if (ids.length === 0) return [];
  return db
    .update(feedback)
    .set({ status, moderatedBy: moderatorId, moderatedAt: at })
    .where(and(eq(feedback.tenantId, tenantId), inArray(feedback.id, [...ids])))
    .returning();
}

export async function setReply(
  db: Executor,
  tenantId: string,
  id: string,
  reply: string,
  userId: string | null,
  at: Date,
): Promise<FeedbackRow | undefined> {
  const [row] = await db
    .update(feedback)
    .set(
      reply ? { reply, repliedBy: userId, repliedAt: at } : { reply: '', repliedBy: null, repliedAt: null },
    )
    .where(and(eq(feedback.tenantId, tenantId), eq(feedback.id, id)))
    .returning();
  return row;
}

/** Approved messages under an article, oldest first (a conversation reads downwards). */
export async function listApproved(
  db: Executor,
  tenantId: string,
  articleId: string,
  limit: number,
): Promise<FeedbackRow[]> {
  return db
    .select()
    .from(feedback)
    .where(
      and(
        eq(feedback.tenantId, tenantId),
        eq(feedback.articleId, articleId),
        eq(feedback.status, 'approved'),
      ),
    )
    .orderBy(asc(feedback.createdAt), asc(feedback.id))
    .limit(limit);
}

export async function insertBlocked(
  db: Executor,
  row: typeof blockedSenders.$inferInsert,
): Promise<BlockedSenderRow> {
  const [created] = await db.insert(blockedSenders).values(row).returning();
  if (!created) throw new Error('blocked sender insert returned nothing');
  return created;
}

export async function listBlocked(db: Executor, tenantId: string): Promise<BlockedSenderRow[]> {
  return db
    .select()
    .from(blockedSenders)
    .where(eq(blockedSenders.tenantId, tenantId))
    .orderBy(desc(blockedSenders.createdAt))
    .limit(1000);
}

export async function deleteBlocked(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<BlockedSenderRow | undefined> {
  const [row] = await db
    .delete(blockedSenders)
    .where(and(eq(blockedSenders.tenantId, tenantId), eq(blockedSenders.id, id)))
    .returning();
  return row;
}

export async function findBlockedExact(
  db: Executor,
  tenantId: string,
  email: string,
  ipHash: string,
): Promise<BlockedSenderRow | undefined> {
  const [row] = await db
    .select()
    .from(blockedSenders)
    .where(
      and(
        eq(blockedSenders.tenantId, tenantId),
        sql`lower(${blockedSenders.email}) = lower(${email})`,
        eq(blockedSenders.ipHash, ipHash),
      ),
    )
    .limit(1);
  return row;
}

/** Deletes the feedback left on these articles (the articles are about to go). */
export async function deleteFeedbackOfArticles(
  db: Executor,
  tenantId: string,
  articleIds: readonly string[],
): Promise<number> {
  if (articleIds.length === 0) return 0;
  const gone = await db
    .delete(feedback)
    .where(and(eq(feedback.tenantId, tenantId), inArray(feedback.articleId, [...articleIds])))
    .returning({ id: feedback.id });
  return gone.length;
}

import type {
  BlockedSenderDto,
  BlockedSenders,
  BulkInput,
  BulkResult,
  FeedbackDto,
  FeedbackPage,
  FeedbackStatus,
  ModerationAction,
} from '../../../src/modules/feedback/feedback.dto.ts';
import type { ArticleDto } from '../../../src/modules/news/article.dto.ts';
import { api } from './client';

export type { BlockedSenderDto, BulkInput, FeedbackDto, FeedbackStatus, ModerationAction };

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Từ chối',
  spam: 'Spam',
};
export const FEEDBACK_STATUSES = Object.keys(FEEDBACK_STATUS_LABELS) as FeedbackStatus[];

/** The server's FEEDBACK_LIMITS.messageMax (reply) and BlockInput reason limit. */
export const REPLY_MAX = 5000;
export const BLOCK_REASON_MAX = 500;

export interface FeedbackListParams {
  status: FeedbackStatus;
  articleId?: string;
  page: number;
  pageSize: number;
}

export const feedbackKey = (...parts: unknown[]) => ['feedback', ...parts];

export function listFeedback(params: FeedbackListParams, signal?: AbortSignal) {
  return api<FeedbackPage>('/feedback', { query: { ...params }, signal });
}

/** How many items each tab holds: the list's total with a one-item page (no counts route yet). */
export async function countFeedback(signal?: AbortSignal): Promise<Record<FeedbackStatus, number>> {
  const totals = await Promise.all(
    FEEDBACK_STATUSES.map((status) => listFeedback({ status, page: 1, pageSize: 1 }, signal)),
  );
  return Object.fromEntries(FEEDBACK_STATUSES.map((status, i) => [status, totals[i]?.total ?? 0])) as Record<
    FeedbackStatus,
    number
  >;
}

export function moderateFeedback(id: string, action: ModerationAction) {
  return api<FeedbackDto>(`/feedback/${encodeURIComponent(id)}/moderate`, {
    method: 'POST',
    body: { action },
  });
}

/** Plain text; an empty reply removes it. */
export function replyToFeedback(id: string, reply: string) {
  return api<FeedbackDto>(`/feedback/${encodeURIComponent(id)}/reply`, { method: 'PUT', body: { reply } });
}

export function blockFeedbackSender(id: string, reason: string) {
  return api<FeedbackDto>(`/feedback/${encodeURIComponent(id)}/block`, { method: 'POST', body: { reason } });
}

export function bulkModerateFeedback(input: BulkInput) {
  return api<BulkResult>('/feedback/bulk', { method: 'POST', body: input });
}

export function listBlockedSenders(signal?: AbortSignal) {
  return api<BlockedSenders>('/feedback/blocked-senders', { signal });
}

export function unblockSender(id: string) {
  return api<void>(`/feedback/blocked-senders/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export type ArticleBrief = Pick<ArticleDto, 'id' | 'title' | 'url' | 'status'>;

/** The article a feedback item was sent from (FeedbackDto only carries its id). */
export async function getArticleBrief(id: string, signal?: AbortSignal): Promise<ArticleBrief> {
  const { title, url, status } = await api<ArticleDto>(`/news/articles/${encodeURIComponent(id)}`, {
    signal,
  });
  return { id, title, url, status };
}

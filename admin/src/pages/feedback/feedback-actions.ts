import type { BulkInput, FeedbackStatus } from '../../api/feedback-api';

export type FeedbackAction = BulkInput['action'];

export const ACTION_LABELS: Record<FeedbackAction, string> = {
  approve: 'Duyệt',
  reject: 'Từ chối',
  spam: 'Đánh dấu spam',
  block: 'Chặn người gửi',
};

/** "Đã duyệt 3 phản hồi." */
export function actionDone(action: FeedbackAction, count: number): string {
  const what = count === 1 ? 'phản hồi' : `${count} phản hồi`;
  switch (action) {
    case 'approve':
      return `Đã duyệt ${what}.`;
    case 'reject':
      return `Đã từ chối ${what}.`;
    case 'spam':
      return `Đã chuyển ${what} vào spam.`;
    case 'block':
      return `Đã chặn người gửi của ${what}; phản hồi chuyển vào spam.`;
  }
}

const RESULT: Record<Exclude<FeedbackAction, 'block'>, FeedbackStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};

/** Moderation actions that change something for items in this tab. */
export function actionsFor(status: FeedbackStatus): Exclude<FeedbackAction, 'block'>[] {
  return (['approve', 'reject', 'spam'] as const).filter((action) => RESULT[action] !== status);
}

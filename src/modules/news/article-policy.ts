import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { ArticleRow } from './article.repo.ts';
import { staffName } from './article.repo.ts';
import { conflictMessage } from './article-snapshot.ts';
import { isEditor } from './news-roles.ts';

const NOT_FOUND = 'Không tìm thấy bài viết.';

export const articleNotFound = (): AppError => new AppError('NOT_FOUND', { message: NOT_FOUND });

/** Contributors work on their own articles only; someone else's is "not found", not "forbidden" (no leaks). */
export function assertCanRead(ctx: Ctx, row: ArticleRow | undefined): asserts row is ArticleRow {
  if (!row) throw articleNotFound();
  if (!isEditor(ctx.actor?.role) && ctx.actor?.role === 'cong_tac_vien' && row.createdBy !== ctx.actor.id) {
    throw articleNotFound();
  }
}

/** Editors edit anything; a contributor edits own articles while they are drafts or returned. */
export function assertCanEdit(ctx: Ctx, row: ArticleRow | undefined): asserts row is ArticleRow {
  assertCanRead(ctx, row);
  if (isEditor(ctx.actor?.role)) return;
  if (ctx.actor?.role === 'cong_tac_vien' && (row.status === 'draft' || row.status === 'returned')) return;
  throw new AppError('FORBIDDEN', {
    message: 'Cộng tác viên chỉ sửa được bài của mình khi bài còn là bản nháp hoặc bị trả lại.',
  });
}

/** Optimistic locking: the caller's version must be the current one. */
export async function assertVersion(ctx: Ctx, row: ArticleRow, expected: number | undefined): Promise<void> {
  if (expected === undefined || expected === row.version) return;
  const name = await staffName(ctx.db, ctx.tenantId, row.updatedBy);
  throw new AppError('CONFLICT', { message: conflictMessage(row, name, expected) });
}

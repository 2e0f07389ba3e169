import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { formatDate } from '../../../lib/vi/index.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertRegistryWriter, representedOrgId } from '../org-access.ts';
import { REGISTRY_READERS } from '../registry-roles.ts';
import { dayAt } from './figures-context.ts';
import type { DeadlineDto, DeadlineInput } from './org-reports.dto.ts';
import { selectDeadline, upsertDeadline } from './org-reports.repo.ts';

/** Members self-score by 15/12 of the year (Circular 01/2020) unless the alliance sets another day. */
export const defaultDeadline = (year: number) => `${year}-12-15`;

/** The deadline of year N and whether its day is over in Viet Nam (no access check: callers have one). */
export async function deadlineOf(ctx: Ctx, year: number, now: Date): Promise<DeadlineDto> {
  const stored = await selectDeadline(ctx.db, ctx.tenantId, year);
  const deadline = stored ?? defaultDeadline(year);
  return { year, deadline, isDefault: stored === null, passed: dayAt(now) > deadline };
}

export async function getDeadline(ctx: Ctx, year: number, now: Date): Promise<DeadlineDto> {
  const role = ctx.actor?.role;
  if (!role) throw new AppError('UNAUTHENTICATED');
  const member = role === 'thanh_vien' && (await representedOrgId(ctx)) !== null;
  if (!member && !(REGISTRY_READERS as readonly string[]).includes(role)) throw new AppError('FORBIDDEN');
  return deadlineOf(ctx, year, now);
}

export async function setDeadline(
  ctx: Ctx,
  year: number,
  input: DeadlineInput,
  now: Date,
): Promise<DeadlineDto> {
  assertRegistryWriter(ctx);
  const deadlineYear = Number(input.deadline.slice(0, 4));
  if (deadlineYear !== year && deadlineYear !== year + 1) {
    throw new AppError('VALIDATION', {
      fieldErrors: { deadline: `Hạn nộp báo cáo năm ${year} phải trong năm ${year} hoặc năm ${year + 1}` },
    });
  }
  return inTransaction(ctx, async (tx) => {
    const before = await deadlineOf(tx, year, now);
    await upsertDeadline(tx.db, tx.tenantId, year, input.deadline);
    const after = await deadlineOf(tx, year, now);
    if (before.deadline !== after.deadline || before.isDefault) {
      await recordAudit(tx, {
        action: 'registry.deadline.update',
        entity: 'reporting_deadline',
        entityId: String(year),
        before: { year, deadline: formatDate(before.deadline), isDefault: before.isDefault },
        after: { year, deadline: formatDate(after.deadline) },
      });
    }
    return after;
  });
}

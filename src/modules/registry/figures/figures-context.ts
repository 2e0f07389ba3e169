import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { vietnamWallTime } from '../../../lib/vi/index.ts';
import type { OrgKind } from '../registry-enums.dto.ts';
import { type OrgFactsRow, selectOrgFacts } from './org-facts.repo.ts';

/** What figures, ratings and reports need to know about an organisation. */
export type OrgFacts = Omit<OrgFactsRow, 'kind'> & { kind: OrgKind };

/** The organisation, once access has been checked (assertOrgAccess). */
export async function loadOrgFacts(ctx: Ctx, orgId: string): Promise<OrgFacts> {
  const row = await selectOrgFacts(ctx.db, ctx.tenantId, orgId);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy tổ chức.' });
  return { ...row, kind: row.kind as OrgKind };
}

export const isMember = (ctx: Ctx) => ctx.actor?.role === 'thanh_vien';

/** The calendar year in Viet Nam at `now`. */
export const yearAt = (now: Date) => vietnamWallTime(now).year;

/** YYYY-MM-DD in Viet Nam at `now`. */
export function dayAt(now: Date): string {
  const t = vietnamWallTime(now);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

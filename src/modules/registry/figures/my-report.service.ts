import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { representedOrgId } from '../org-access.ts';
import type { SizeClass } from '../registry-enums.dto.ts';
import { getFigures } from './figures.service.ts';
import { loadOrgFacts, yearAt } from './figures-context.ts';
import type { MyReportDto, MyReportQuery } from './org-reports.dto.ts';
import { getReport } from './org-reports.service.ts';

/** A member's console page for year N (the current year by default): its organisation, report and figures. */
export async function getMyReport(ctx: Ctx, q: MyReportQuery, now: Date): Promise<MyReportDto> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (ctx.actor.role !== 'thanh_vien') {
    throw new AppError('FORBIDDEN', {
      message: 'Trang này dành cho tài khoản đại diện của tổ chức thành viên.',
    });
  }
  const orgId = await representedOrgId(ctx);
  if (!orgId) {
    throw new AppError('NOT_FOUND', {
      message: 'Tài khoản chưa được gắn với tổ chức nào; vui lòng liên hệ Liên minh Hợp tác xã.',
    });
  }
  const year = q.year ?? yearAt(now);
  const [org, report, figures] = await Promise.all([
    loadOrgFacts(ctx, orgId),
    getReport(ctx, orgId, year, now),
    getFigures(ctx, orgId, year, now),
  ]);
  return {
    org: {
      id: org.id,
      name: org.name,
      shortName: org.shortName,
      kind: org.kind,
      profile: {
        street: org.street,
        communeCode: org.communeCode,
        representativeName: org.representativeName,
        representativeTitle: org.representativeTitle,
        publicPhone: org.publicPhone,
        publicEmail: org.publicEmail,
        website: org.website,
        sizeClass: org.sizeClass as SizeClass | null,
        notes: org.notes,
      },
    },
    report,
    figures,
  };
}

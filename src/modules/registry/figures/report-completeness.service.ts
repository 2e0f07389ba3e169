import type { Ctx } from '../../../core/context.ts';
import { assertRegistryReader } from '../org-access.ts';
import {
  type OrgKind,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportStatus,
} from '../registry-enums.dto.ts';
import { yearAt } from './figures-context.ts';
import type { ReportCounts, ReportListPage, ReportListQuery } from './org-reports.dto.ts';
import { countCompleteness, selectCompleteness } from './report-completeness.repo.ts';
import { deadlineOf } from './reporting-deadlines.service.ts';

// Still owed by the member: never sent, or sent back for corrections.
const OWED: readonly ReportStatus[] = ['chua_nop', 'tra_lai'];

/**
 * Every active organisation of the tenant with its report state for year N (no report is
 * "chưa nộp"), counts per state and whether the deadline has passed: the list staff chase
 * late reporters with.
 */
export async function listReportCompleteness(
  ctx: Ctx,
  q: ReportListQuery,
  now: Date,
): Promise<ReportListPage> {
  assertRegistryReader(ctx);
  const year = q.year ?? yearAt(now);
  const filter = { year, kind: q.kind };
  const [deadline, countRows, rows] = await Promise.all([
    deadlineOf(ctx, year, now),
    countCompleteness(ctx.db, ctx.tenantId, filter),
    selectCompleteness(ctx.db, ctx.tenantId, {
      ...filter,
      status: q.status,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    }),
  ]);
  const counts: ReportCounts = { chua_nop: 0, da_nop: 0, da_duyet: 0, tra_lai: 0, total: 0 };
  for (const c of countRows) {
    if ((REPORT_STATUSES as readonly string[]).includes(c.status)) counts[c.status as ReportStatus] += c.n;
    counts.total += c.n;
  }
  return {
    year,
    deadline,
    counts,
    items: rows.map((r) => {
      const status = r.status as ReportStatus;
      return {
        orgId: r.orgId,
        name: r.name,
        shortName: r.shortName,
        kind: r.kind as OrgKind,
        regCode: r.regCode,
        communeCode: r.communeCode,
        status,
        statusLabel: REPORT_STATUS_LABELS[status],
        submittedAt: r.submittedAt?.toISOString() ?? null,
        reviewedAt: r.reviewedAt?.toISOString() ?? null,
        overdue: deadline.passed && OWED.includes(status),
      };
    }),
    total: q.status ? counts[q.status] : counts.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

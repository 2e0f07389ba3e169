import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertOrgAccess, assertRegistryWriter } from '../org-access.ts';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../registry-enums.dto.ts';
import { REGISTRY_WRITERS } from '../registry-roles.ts';
import { loadDictionary } from './figure-dictionary.service.ts';
import { errorsAsFields } from './figure-rule-engine.ts';
import { checkFigures, storedFigures } from './figures.service.ts';
import { loadOrgFacts, yearAt } from './figures-context.ts';
import type { ProfileChanges, ReportDto, ReportInput, ReturnReportInput } from './org-reports.dto.ts';
import {
  lockOrgYear,
  type ReportChanges,
  type ReportRow,
  selectReport,
  upsertReport,
} from './org-reports.repo.ts';
import { applyProfileChanges, changedFields } from './profile-changes.ts';
import { deadlineOf } from './reporting-deadlines.service.ts';

/** States in which the member may still change its report. */
const OPEN: readonly string[] = ['chua_nop', 'tra_lai'];

const statusOf = (row: ReportRow | undefined) => (row?.status ?? 'chua_nop') as ReportStatus;
const conflict = (message: string) => new AppError('CONFLICT', { message });

function mayWrite(ctx: Ctx): boolean {
  const role = ctx.actor?.role;
  return role === 'thanh_vien' || (REGISTRY_WRITERS as readonly string[]).includes(role ?? '');
}

async function presentReport(
  ctx: Ctx,
  orgId: string,
  year: number,
  row: ReportRow | undefined,
  now: Date,
): Promise<ReportDto> {
  const status = statusOf(row);
  return {
    orgId,
    year,
    status,
    statusLabel: REPORT_STATUS_LABELS[status],
    profileChanges: (row?.profileChanges as ProfileChanges | null | undefined) ?? null,
    comment: row?.comment ?? '',
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    submittedBy: row?.submittedBy ?? null,
    reviewedAt: row?.reviewedAt?.toISOString() ?? null,
    reviewedBy: row?.reviewedBy ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    deadline: await deadlineOf(ctx, year, now),
    locked: status === 'da_duyet',
    canEdit: OPEN.includes(status) && mayWrite(ctx),
  };
}

export async function getReport(ctx: Ctx, orgId: string, year: number, now: Date): Promise<ReportDto> {
  await assertOrgAccess(ctx, orgId, 'read');
  return presentReport(ctx, orgId, year, await selectReport(ctx.db, ctx.tenantId, orgId, year), now);
}

function assertOpen(row: ReportRow | undefined, year: number): void {
  const status = statusOf(row);
  if (status === 'da_nop') throw conflict(`Báo cáo năm ${year} đã nộp và đang chờ duyệt: không thể sửa.`);
  if (status === 'da_duyet') throw conflict(`Báo cáo năm ${year} đã được duyệt và khóa: không thể sửa.`);
}

function assertReportYear(year: number, now: Date): void {
  if (year > yearAt(now)) {
    throw new AppError('VALIDATION', { fieldErrors: { year: `Chưa thể báo cáo cho năm ${year}` } });
  }
}

interface Step {
  action: string;
  changes: ReportChanges;
  /** Added to the audit row's `after`. */
  detail?: object;
}

/** One step of the workflow, under the organisation-year lock, with its audit row. */
async function transition(
  ctx: Ctx,
  orgId: string,
  year: number,
  now: Date,
  step: (tx: Ctx, row: ReportRow | undefined) => Promise<Step>,
): Promise<ReportDto> {
  return inTransaction(ctx, async (tx) => {
    await lockOrgYear(tx.db, tx.tenantId, orgId, year);
    const before = await selectReport(tx.db, tx.tenantId, orgId, year);
    const { action, changes, detail } = await step(tx, before);
    const row = await upsertReport(tx.db, { tenantId: tx.tenantId, orgId, year }, changes);
    await recordAudit(tx, {
      action,
      entity: 'org',
      entityId: orgId,
      before: { year, status: statusOf(before) },
      after: { year, status: row.status, ...detail },
    });
    return presentReport(tx, orgId, year, row, now);
  });
}

/** The member (or staff for it) proposes profile changes while the report is open. */
export async function saveReportDraft(
  ctx: Ctx,
  orgId: string,
  year: number,
  input: ReportInput,
  now: Date,
): Promise<ReportDto> {
  await assertOrgAccess(ctx, orgId, 'write');
  assertReportYear(year, now);
  const proposed = changedFields(input.profileChanges);
  const profileChanges = Object.keys(proposed).length > 0 ? proposed : null;
  return transition(ctx, orgId, year, now, async (_tx, row) => {
    assertOpen(row, year);
    return {
      action: 'org.report.update',
      changes: { status: statusOf(row), profileChanges },
      detail: { profileChanges },
    };
  });
}

/** chưa nộp / trả lại → đã nộp, when the figures break no hard rule. */
export async function submitReport(ctx: Ctx, orgId: string, year: number, now: Date): Promise<ReportDto> {
  await assertOrgAccess(ctx, orgId, 'write');
  assertReportYear(year, now);
  return transition(ctx, orgId, year, now, async (tx, row) => {
    const status = statusOf(row);
    if (status === 'da_nop') throw conflict(`Báo cáo năm ${year} đã được nộp và đang chờ duyệt.`);
    if (status === 'da_duyet') throw conflict(`Báo cáo năm ${year} đã được duyệt, không thể nộp lại.`);
    await assertFiguresValid(
      tx,
      orgId,
      year,
      'Báo cáo còn số liệu thiếu hoặc chưa hợp lệ: vui lòng sửa trước khi nộp.',
    );
    return {
      action: 'org.report.submit',
      changes: { status: 'da_nop', submittedAt: now, submittedBy: tx.actor?.id ?? null },
    };
  });
}

async function assertFiguresValid(ctx: Ctx, orgId: string, year: number, message: string): Promise<void> {
  const org = await loadOrgFacts(ctx, orgId);
  const { values, previous } = await storedFigures(ctx, orgId, year);
  const { errors } = checkFigures(org, await loadDictionary(ctx), values, previous);
  if (errors.length > 0) throw new AppError('VALIDATION', { message, fieldErrors: errorsAsFields(errors) });
}

function assertSubmitted(row: ReportRow | undefined, year: number, verb: string): void {
  const status = statusOf(row);
  if (status === 'da_duyet') throw conflict(`Báo cáo năm ${year} đã được duyệt.`);
  if (status !== 'da_nop') throw conflict(`Báo cáo năm ${year} chưa được nộp nên chưa thể ${verb}.`);
}

/** đã nộp → đã duyệt (staff): applies the proposed profile changes; the values lock for the member. */
export async function approveReport(ctx: Ctx, orgId: string, year: number, now: Date): Promise<ReportDto> {
  assertRegistryWriter(ctx);
  await assertOrgAccess(ctx, orgId, 'write');
  return transition(ctx, orgId, year, now, async (tx, row) => {
    assertSubmitted(row, year, 'duyệt');
    await assertFiguresValid(
      tx,
      orgId,
      year,
      'Số liệu của báo cáo chưa hợp lệ: vui lòng sửa hoặc trả lại báo cáo.',
    );
    const applied = changedFields((row?.profileChanges as ProfileChanges | null) ?? null);
    await applyProfileChanges(tx, orgId, applied);
    return {
      action: 'org.report.approve',
      changes: { status: 'da_duyet', reviewedAt: now, reviewedBy: tx.actor?.id ?? null },
      detail: { profileChangesApplied: applied },
    };
  });
}

/** đã nộp → trả lại (staff), with the reason the member reads. */
export async function returnReport(
  ctx: Ctx,
  orgId: string,
  year: number,
  input: ReturnReportInput,
  now: Date,
): Promise<ReportDto> {
  assertRegistryWriter(ctx);
  await assertOrgAccess(ctx, orgId, 'write');
  return transition(ctx, orgId, year, now, async (tx, row) => {
    assertSubmitted(row, year, 'trả lại');
    return {
      action: 'org.report.return',
      changes: {
        status: 'tra_lai',
        comment: input.comment,
        reviewedAt: now,
        reviewedBy: tx.actor?.id ?? null,
      },
      detail: { comment: input.comment },
    };
  });
}

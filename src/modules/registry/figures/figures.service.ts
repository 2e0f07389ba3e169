import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertOrgAccess } from '../org-access.ts';
import type { ReportStatus } from '../registry-enums.dto.ts';
import { loadDictionary } from './figure-dictionary.service.ts';
import { errorsAsFields, evaluate, indicatorsForKind, percentChange } from './figure-rule-engine.ts';
import type {
  FigureDictionaryDto,
  FigureEvaluation,
  FiguresDto,
  FiguresInput,
  FiguresSaved,
  FigureValueMap,
  FigureYearsDto,
} from './figures.dto.ts';
import { isMember, loadOrgFacts, type OrgFacts, yearAt } from './figures-context.ts';
import {
  deleteFigureValues,
  type FigureRow,
  selectFigureRows,
  selectFiguresVersion,
  touchFigures,
  upsertFigureValues,
} from './org-figures.repo.ts';
import { lockOrgYear, selectReport, selectReportStatuses } from './org-reports.repo.ts';

/** The values of one year; null when the year has none at all. */
function valuesOf(rows: readonly FigureRow[], year: number): FigureValueMap | null {
  const own = rows.filter((r) => r.year === year);
  return own.length === 0 ? null : Object.fromEntries(own.map((r) => [r.indicatorCode, r.value]));
}

function changesBetween(values: FigureValueMap, previous: FigureValueMap | null): FigureValueMap {
  const out: FigureValueMap = {};
  if (!previous) return out;
  for (const [code, value] of Object.entries(values)) {
    const change = percentChange(value, previous[code]);
    if (change !== null) out[code] = change;
  }
  return out;
}

/** Checks a year's values against the rules, with the previous year's for the change rules. */
export function checkFigures(
  org: Pick<OrgFacts, 'kind'>,
  dictionary: FigureDictionaryDto,
  values: FigureValueMap,
  previous: FigureValueMap | null,
): FigureEvaluation {
  return evaluate({
    values,
    previous,
    kind: org.kind,
    rules: dictionary.rules,
    indicators: dictionary.indicators,
  });
}

/** The figures form of one year: values, dictionary for the kind, warnings, last year and the changes. */
export async function presentFigures(
  ctx: Ctx,
  org: OrgFacts,
  year: number,
  dictionary: FigureDictionaryDto,
): Promise<FiguresDto> {
  // Sequential: also called inside the save's transaction (one connection, one query at a time).
  const rows = await selectFigureRows(ctx.db, ctx.tenantId, org.id, [year - 1, year]);
  const report = await selectReport(ctx.db, ctx.tenantId, org.id, year);
  const stamp = await selectFiguresVersion(ctx.db, ctx.tenantId, org.id, year);
  const values = valuesOf(rows, year) ?? {};
  const previous = valuesOf(rows, year - 1);
  const reportStatus = (report?.status ?? 'chua_nop') as ReportStatus;
  return {
    orgId: org.id,
    kind: org.kind,
    year,
    values,
    indicators: indicatorsForKind(dictionary.indicators, org.kind),
    warnings: checkFigures(org, dictionary, values, previous).warnings,
    previousYear: year - 1,
    previousValues: previous ?? {},
    changes: changesBetween(values, previous),
    reportStatus,
    locked: reportStatus === 'da_duyet',
    version: stamp.version,
    updatedAt: stamp.updatedAt?.toISOString() ?? null,
  };
}

/** An organisation's figures for a year (the current year when none is given). */
export async function getFigures(
  ctx: Ctx,
  orgId: string,
  year: number | undefined,
  now: Date,
): Promise<FiguresDto> {
  await assertOrgAccess(ctx, orgId, 'read');
  const org = await loadOrgFacts(ctx, orgId);
  return presentFigures(ctx, org, year ?? yearAt(now), await loadDictionary(ctx));
}

/** A member changes figures only while its report is open; staff change them at any time. */
function assertMemberMayEdit(status: string, year: number): void {
  if (status === 'da_duyet') {
    throw new AppError('CONFLICT', {
      message: `Số liệu năm ${year} đã được duyệt và khóa; chỉ cán bộ Liên minh được sửa.`,
    });
  }
  if (status === 'da_nop') {
    throw new AppError('CONFLICT', {
      message: `Báo cáo năm ${year} đã nộp và đang chờ duyệt: không thể sửa số liệu.`,
    });
  }
}

/**
 * Saves the values sent (null clears one; codes not sent stay). Hard rule errors refuse the
 * whole save; soft warnings come back with the saved figures. Audited, with whether the year
 * was locked (approved) when staff changed it.
 */
export async function saveFigures(
  ctx: Ctx,
  orgId: string,
  year: number,
  input: FiguresInput,
  now: Date,
): Promise<FiguresSaved> {
  await assertOrgAccess(ctx, orgId, 'write');
  if (year > yearAt(now)) {
    throw new AppError('VALIDATION', { fieldErrors: { year: `Chưa thể nhập số liệu của năm ${year}` } });
  }
  return inTransaction(ctx, async (tx) => {
    await lockOrgYear(tx.db, tx.tenantId, orgId, year);
    const org = await loadOrgFacts(tx, orgId);
    const status = (await selectReport(tx.db, tx.tenantId, orgId, year))?.status ?? 'chua_nop';
    if (isMember(tx)) assertMemberMayEdit(status, year);
    if (input.version !== undefined) {
      const { version } = await selectFiguresVersion(tx.db, tx.tenantId, orgId, year);
      if (version !== input.version) {
        throw new AppError('CONFLICT', {
          message: `Số liệu năm ${year} vừa được người khác thay đổi. Vui lòng tải lại trước khi lưu.`,
        });
      }
    }
    const dictionary = await loadDictionary(tx);
    const rows = await selectFigureRows(tx.db, tx.tenantId, orgId, [year - 1, year]);
    const stored = valuesOf(rows, year) ?? {};
    const merged: FigureValueMap = { ...stored };
    for (const [code, value] of Object.entries(input.values)) {
      if (value === null) delete merged[code];
      else merged[code] = value;
    }
    const { errors } = checkFigures(org, dictionary, merged, valuesOf(rows, year - 1));
    if (errors.length > 0) {
      throw new AppError('VALIDATION', {
        message: 'Số liệu chưa hợp lệ, vui lòng kiểm tra các chỉ tiêu được đánh dấu.',
        fieldErrors: errorsAsFields(errors),
      });
    }
    const changed = Object.keys(input.values).filter((code) => stored[code] !== merged[code]);
    if (changed.length > 0) {
      const userId = tx.actor?.id ?? null;
      const set = changed.filter((c) => merged[c] !== undefined);
      await upsertFigureValues(
        tx.db,
        tx.tenantId,
        orgId,
        year,
        set.map((c) => ({ indicatorCode: c, value: merged[c] as number })),
        userId,
      );
      await deleteFigureValues(
        tx.db,
        tx.tenantId,
        orgId,
        year,
        changed.filter((c) => merged[c] === undefined),
      );
      await touchFigures(tx.db, tx.tenantId, orgId, year, userId);
      const pick = (m: FigureValueMap) => Object.fromEntries(changed.map((c) => [c, m[c] ?? null]));
      await recordAudit(tx, {
        action: 'org.figures.update',
        entity: 'org',
        entityId: orgId,
        before: { year, values: pick(stored) },
        after: { year, values: pick(merged), reportStatus: status, locked: status === 'da_duyet' },
      });
    }
    return { ...(await presentFigures(tx, org, year, dictionary)), changed };
  });
}

/** The year-over-year table: every year with figures, oldest first, with changes and report state. */
export async function getFigureYears(ctx: Ctx, orgId: string): Promise<FigureYearsDto> {
  await assertOrgAccess(ctx, orgId, 'read');
  const org = await loadOrgFacts(ctx, orgId);
  const [dictionary, rows, statuses] = await Promise.all([
    loadDictionary(ctx),
    selectFigureRows(ctx.db, ctx.tenantId, orgId),
    selectReportStatuses(ctx.db, ctx.tenantId, orgId),
  ]);
  const statusOf = new Map(statuses.map((s) => [s.year, s.status as ReportStatus]));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    orgId,
    kind: org.kind,
    indicators: indicatorsForKind(dictionary.indicators, org.kind),
    years: years.map((year) => {
      const values = valuesOf(rows, year) ?? {};
      return {
        year,
        values,
        changes: changesBetween(values, valuesOf(rows, year - 1)),
        reportStatus: statusOf.get(year) ?? 'chua_nop',
      };
    }),
  };
}

/** The stored values of a year (for the report workflow). */
export async function storedFigures(
  ctx: Ctx,
  orgId: string,
  year: number,
): Promise<{ values: FigureValueMap; previous: FigureValueMap | null }> {
  const rows = await selectFigureRows(ctx.db, ctx.tenantId, orgId, [year - 1, year]);
  return { values: valuesOf(rows, year) ?? {}, previous: valuesOf(rows, year - 1) };
}

import { z } from 'zod';
import { OrgKind, ReportStatus } from '../registry-enums.dto.ts';

/** How a value is entered and shown: people counts are whole numbers, money is whole đồng. */
export const INDICATOR_VALUE_TYPES = ['integer', 'money', 'decimal'] as const;
export const IndicatorValueType = z.enum(INDICATOR_VALUE_TYPES);
export type IndicatorValueType = z.infer<typeof IndicatorValueType>;

/** One row of the indicator dictionary (codes are fixed: registry.md). */
export const IndicatorDto = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  valueType: IndicatorValueType,
  help: z.string(),
  position: z.number().int(),
  required: z.boolean(),
  /** Empty: every kind reports it. */
  appliesTo: z.array(OrgKind),
});
export type IndicatorDto = z.infer<typeof IndicatorDto>;

export const FIGURE_RULE_SEVERITIES = ['hard', 'soft'] as const;
export const FigureRuleSeverity = z.enum(FIGURE_RULE_SEVERITIES);
export type FigureRuleSeverity = z.infer<typeof FigureRuleSeverity>;

export const FIGURE_RULE_CHECKS = ['min', 'max', 'not_greater_than', 'required', 'yoy_change'] as const;
export const FigureRuleCheck = z.enum(FIGURE_RULE_CHECKS);
export type FigureRuleCheck = z.infer<typeof FigureRuleCheck>;

/** A validation rule over the yearly figures; hard rules block saving, soft ones warn. */
export const FigureRuleDto = z.object({
  code: z.string(),
  severity: FigureRuleSeverity,
  check: FigureRuleCheck,
  indicatorCode: z.string(),
  otherIndicatorCode: z.string().nullable(),
  threshold: z.number().nullable(),
  appliesTo: z.array(OrgKind),
  message: z.string(),
  legalBasis: z.string(),
});
export type FigureRuleDto = z.infer<typeof FigureRuleDto>;

export const FigureDictionaryQuery = z.object({ kind: OrgKind.optional() });
export type FigureDictionaryQuery = z.infer<typeof FigureDictionaryQuery>;

export const FigureDictionaryDto = z.object({
  indicators: z.array(IndicatorDto),
  rules: z.array(FigureRuleDto),
});
export type FigureDictionaryDto = z.infer<typeof FigureDictionaryDto>;

/** A reporting year (the figures of year N describe the whole of year N). */
export const ReportYear = z.coerce
  .number({ error: 'Năm không hợp lệ' })
  .int('Năm không hợp lệ')
  .min(1990, 'Năm không hợp lệ (từ 1990)')
  .max(2100, 'Năm không hợp lệ');

export const OrgYearParams = z.object({
  id: z.uuid({ error: 'Mã tổ chức không hợp lệ' }),
  year: ReportYear,
});
export type OrgYearParams = z.infer<typeof OrgYearParams>;

/** Without a year: the current year. */
export const FiguresQuery = z.object({ year: ReportYear.optional() });
export type FiguresQuery = z.infer<typeof FiguresQuery>;

export const INDICATOR_CODE_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

// 10^15 đồng is a million billion: beyond any cooperative, and still exact as a JS number.
const FIGURE_LIMIT = 1e15;
export const FigureValue = z
  .number({ error: 'Giá trị phải là số' })
  .min(-FIGURE_LIMIT, 'Giá trị quá lớn')
  .max(FIGURE_LIMIT, 'Giá trị quá lớn')
  .nullable();

/** Indicator code → value; null clears a value, an absent code leaves it as it is. */
export const FigureValues = z.record(
  z.string().regex(INDICATOR_CODE_PATTERN, 'Mã chỉ tiêu không hợp lệ'),
  FigureValue,
);
export type FigureValues = z.infer<typeof FigureValues>;

export const FiguresInput = z.object({
  values: FigureValues,
  /** The version the figures were read at; a save over newer figures is refused. */
  version: z.number({ error: 'Phiên bản số liệu không hợp lệ' }).int().min(0).optional(),
});
export type FiguresInput = z.infer<typeof FiguresInput>;

/** A broken rule, as shown next to the indicator. */
export const FigureIssue = z.object({
  indicatorCode: z.string(),
  ruleCode: z.string(),
  message: z.string(),
  legalBasis: z.string(),
});
export type FigureIssue = z.infer<typeof FigureIssue>;

export const FigureEvaluation = z.object({
  errors: z.array(FigureIssue),
  warnings: z.array(FigureIssue),
});
export type FigureEvaluation = z.infer<typeof FigureEvaluation>;

/** Entered values only: an indicator with no value is absent. */
export const FigureValueMap = z.record(z.string(), z.number());
export type FigureValueMap = z.infer<typeof FigureValueMap>;

/** One organisation's figures for one year, with what the form needs around them. */
export const FiguresDto = z.object({
  orgId: z.uuid(),
  kind: OrgKind,
  year: z.number().int(),
  values: FigureValueMap,
  /** The dictionary for the organisation's kind, in display order. */
  indicators: z.array(IndicatorDto),
  /** Soft rules the values break (hard ones cannot be saved). */
  warnings: z.array(FigureIssue),
  previousYear: z.number().int(),
  previousValues: FigureValueMap,
  /** Change from the previous year in percent (one decimal), where both years have a non-zero base. */
  changes: FigureValueMap,
  reportStatus: ReportStatus,
  /** Approved report: the member can no longer change these values (staff still can, audited). */
  locked: z.boolean(),
  /** Optimistic-locking token: send it back with the next save. 0 when nothing is stored. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type FiguresDto = z.infer<typeof FiguresDto>;

/** A save: the stored figures and the warnings the person entering should see. */
export const FiguresSaved = FiguresDto.extend({ changed: z.array(z.string()) });
export type FiguresSaved = z.infer<typeof FiguresSaved>;

export const FigureYearRow = z.object({
  year: z.number().int(),
  values: FigureValueMap,
  changes: FigureValueMap,
  reportStatus: ReportStatus,
});
export type FigureYearRow = z.infer<typeof FigureYearRow>;

/** The year-over-year table: every year with figures × the indicators of the kind, oldest first. */
export const FigureYearsDto = z.object({
  orgId: z.uuid(),
  kind: OrgKind,
  indicators: z.array(IndicatorDto),
  years: z.array(FigureYearRow),
});
export type FigureYearsDto = z.infer<typeof FigureYearsDto>;

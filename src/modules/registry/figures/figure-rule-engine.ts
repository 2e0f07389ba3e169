import { formatNumber } from '../../../lib/vi/index.ts';
import type { OrgKind } from '../registry-enums.dto.ts';
import type { FigureEvaluation, FigureIssue, FigureRuleDto, IndicatorDto } from './figures.dto.ts';

export type EngineIndicator = Pick<IndicatorDto, 'code' | 'name' | 'valueType' | 'appliesTo'>;
export type EngineRule = Pick<
  FigureRuleDto,
  | 'code'
  | 'severity'
  | 'check'
  | 'indicatorCode'
  | 'otherIndicatorCode'
  | 'threshold'
  | 'appliesTo'
  | 'message'
  | 'legalBasis'
>;

/** Indicator code → value; null or absent: not entered. */
export type FigureInputValues = Readonly<Record<string, number | null | undefined>>;

export interface EvaluateInput {
  /** The figures of the organisation for the year, as they would be stored. */
  values: FigureInputValues;
  /** The previous year's figures; null when there is no previous year. */
  previous: FigureInputValues | null;
  kind: OrgKind;
  rules: readonly EngineRule[];
  indicators: readonly EngineIndicator[];
}

/** Built-in checks that come from the dictionary itself rather than from a rule row. */
export const BUILT_IN_RULES = {
  unknownIndicator: 'chi_tieu_khong_ton_tai',
  notForKind: 'chi_tieu_khong_ap_dung',
  wholeNumber: 'so_nguyen',
} as const;

const appliesTo = (kinds: readonly string[], kind: OrgKind) => kinds.length === 0 || kinds.includes(kind);

/** The indicators an organisation of this kind reports, in the dictionary's order. */
export function indicatorsForKind<T extends EngineIndicator>(indicators: readonly T[], kind: OrgKind): T[] {
  return indicators.filter((i) => appliesTo(i.appliesTo, kind));
}

/** Change in percent from `previous` to `value`, one decimal; null without a non-zero base. */
export function percentChange(
  value: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (value == null || previous == null || previous === 0) return null;
  return Math.round(((value - previous) / Math.abs(previous)) * 1000) / 10;
}

const present = (v: number | null | undefined): v is number => v !== null && v !== undefined;
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const num = (n: number) => formatNumber(n, { decimals: 2 });
const signedPercent = (p: number) => `${p > 0 ? '+' : ''}${formatNumber(p, { decimals: 1 })}%`;

interface Filled {
  indicator: EngineIndicator;
  value: number | null;
  other?: EngineIndicator | undefined;
  otherValue?: number | undefined;
  previous?: number | undefined;
  change?: number | undefined;
  threshold: number | null;
}

/** Fills a rule's message: {Indicator}/{indicator} (name, or with a lower-case first letter), {value}, … */
function fillMessage(template: string, f: Filled): string {
  const parts: Record<string, string> = {
    Indicator: f.indicator.name,
    indicator: lowerFirst(f.indicator.name),
    value: present(f.value) ? num(f.value) : '',
    Other: f.other?.name ?? '',
    other: f.other ? lowerFirst(f.other.name) : '',
    otherValue: present(f.otherValue) ? num(f.otherValue) : '',
    threshold: present(f.threshold) ? num(f.threshold) : '',
    previous: present(f.previous) ? num(f.previous) : '',
    change: present(f.change) ? signedPercent(f.change) : '',
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => parts[key] ?? whole);
}

/** What a rule finds wrong with the values, or null. */
function applyRule(
  rule: EngineRule,
  indicator: EngineIndicator,
  input: EvaluateInput,
  byCode: ReadonlyMap<string, EngineIndicator>,
): Filled | null {
  const value = input.values[rule.indicatorCode] ?? null;
  const base = { indicator, value, threshold: rule.threshold };
  switch (rule.check) {
    case 'required':
      return present(value) ? null : base;
    case 'min':
      return present(value) && present(rule.threshold) && value < rule.threshold ? base : null;
    case 'max':
      return present(value) && present(rule.threshold) && value > rule.threshold ? base : null;
    case 'not_greater_than': {
      const other = rule.otherIndicatorCode ? byCode.get(rule.otherIndicatorCode) : undefined;
      const otherValue = rule.otherIndicatorCode ? input.values[rule.otherIndicatorCode] : null;
      if (!other || !present(value) || !present(otherValue) || value <= otherValue) return null;
      return { ...base, other, otherValue };
    }
    case 'yoy_change': {
      const previous = input.previous?.[rule.indicatorCode];
      const change = percentChange(value, previous);
      if (change === null || !present(rule.threshold) || Math.abs(change) <= rule.threshold) return null;
      return { ...base, previous: previous ?? undefined, change };
    }
  }
}

/**
 * Checks one organisation's figures for a year against the rules in data: hard rules give
 * errors (the save is refused), soft rules warnings (shown, saved anyway). Pure: the caller
 * loads the rules, the dictionary and the previous year's figures.
 */
export function evaluate(input: EvaluateInput): FigureEvaluation {
  const errors: FigureIssue[] = [];
  const warnings: FigureIssue[] = [];
  const known = new Map(input.indicators.map((i) => [i.code, i]));
  const byCode = new Map(indicatorsForKind(input.indicators, input.kind).map((i) => [i.code, i]));

  for (const [code, value] of Object.entries(input.values)) {
    if (!present(value)) continue;
    const indicator = byCode.get(code);
    const issue = (ruleCode: string, message: string) =>
      errors.push({ indicatorCode: code, ruleCode, message, legalBasis: '' });
    if (!known.has(code)) issue(BUILT_IN_RULES.unknownIndicator, `Không có chỉ tiêu mã “${code}”`);
    else if (!indicator)
      issue(BUILT_IN_RULES.notForKind, 'Chỉ tiêu này không áp dụng cho loại hình tổ chức này');
    else if (indicator.valueType !== 'decimal' && !Number.isInteger(value)) {
      issue(
        BUILT_IN_RULES.wholeNumber,
        indicator.valueType === 'money'
          ? `${indicator.name} tính bằng đồng, không có phần lẻ`
          : `${indicator.name} phải là số nguyên`,
      );
    }
  }

  for (const rule of input.rules) {
    if (!appliesTo(rule.appliesTo, input.kind)) continue;
    const indicator = byCode.get(rule.indicatorCode);
    if (!indicator) continue;
    const found = applyRule(rule, indicator, input, byCode);
    if (!found) continue;
    const issue: FigureIssue = {
      indicatorCode: rule.indicatorCode,
      ruleCode: rule.code,
      message: fillMessage(rule.message, found),
      legalBasis: rule.legalBasis,
    };
    (rule.severity === 'hard' ? errors : warnings).push(issue);
  }
  // In the order of the form (the dictionary), not of the rule codes.
  const order = new Map(input.indicators.map((i, n) => [i.code, n]));
  const byForm = (a: FigureIssue, b: FigureIssue) =>
    (order.get(a.indicatorCode) ?? order.size) - (order.get(b.indicatorCode) ?? order.size);
  return { errors: errors.sort(byForm), warnings: warnings.sort(byForm) };
}

/** Hard errors as form field errors: `values.<code>` → the first message for that indicator. */
export function errorsAsFields(errors: readonly FigureIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) fields[`values.${e.indicatorCode}`] ??= e.message;
  return fields;
}

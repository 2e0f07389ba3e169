import { formatNumber } from '../../../lib/vi/index.ts';
import type { FigureEvaluation, FigureIssue } from '../figures/figures.dto.ts';
import { ORG_KIND_LABELS, type OrgKind } from '../registry-enums.dto.ts';
import { CONFIDENT } from './address-resolution.ts';
import { fieldLabel, type ImportIndicator } from './header-mapping.ts';
import {
  type AddressCandidate,
  type ChoicesInput,
  FIGURE_FIELD_PREFIX,
  type ImportField,
  type ImportIssue,
  ORG_IMPORT_FIELD_LABELS,
} from './import.dto.ts';
import type { FigureValues, PreparedRow } from './import-types.ts';

/** The figures helper's rules on one organisation's year. */
export type FigureChecker = (
  kind: OrgKind,
  values: FigureValues,
  previous: FigureValues | null,
) => FigureEvaluation;

// 10^15 đồng: beyond any cooperative and still exact as a JS number.
const FIGURE_LIMIT = 1e15;

const percent = (n: number) => `${Math.round(n * 100)}%`;
const place = (c: AddressCandidate) => `${c.name}, ${c.provinceName}`;

/** Warnings about the address that depend on the user's choices. */
export function addressIssues(row: PreparedRow, choices: ChoicesInput, column: string | null): ImportIssue[] {
  const a = row.address;
  if (!a || choices[String(row.rowNumber)] !== undefined) return [];
  const issue = (message: string): ImportIssue => ({
    rowNumber: row.rowNumber,
    column,
    field: ORG_IMPORT_FIELD_LABELS.address,
    value: a.text,
    message,
    severity: 'warning',
  });
  if (a.state === 'ambiguous') {
    return [issue('Địa chỉ ứng với nhiều xã/phường mới; vui lòng chọn một trong danh sách gợi ý')];
  }
  if (a.state === 'low_confidence' && a.commune && a.confidence < CONFIDENT) {
    return [
      issue(
        `Xã/phường mới được đoán là ${place(a.commune)} (độ tin cậy ${percent(a.confidence)}); vui lòng kiểm tra`,
      ),
    ];
  }
  if (a.state === 'not_found') {
    return [issue('Không xác định được xã/phường mới từ địa chỉ; địa chỉ được giữ nguyên văn bản')];
  }
  return [];
}

const withBasis = (i: FigureIssue) => (i.legalBasis ? `${i.message} (căn cứ: ${i.legalBasis})` : i.message);

/**
 * The figure rules on the year as it will be stored (the register's values with the row's on
 * top). Values of indicators the kind does not report are left out with a warning (legacy sheets
 * carry every column for every kind); rules about indicators the file does not have, or whose
 * cell could not be read, say nothing here.
 */
export function figureIssues(
  row: PreparedRow,
  input: {
    indicators: readonly ImportIndicator[];
    columns: ReadonlyMap<ImportField, string>;
    checkFigures: FigureChecker;
  },
  kind: OrgKind,
  stored: FigureValues,
  previous: FigureValues | null,
) {
  const issues: ImportIssue[] = [];
  const issue = (code: string, message: string, severity: 'error' | 'warning'): ImportIssue => {
    const field = `${FIGURE_FIELD_PREFIX}${code}`;
    const value = row.figures[code];
    return {
      rowNumber: row.rowNumber,
      column: input.columns.get(field) ?? null,
      field: fieldLabel(field, input.indicators),
      value: value === undefined ? '' : formatNumber(value),
      message,
      severity,
    };
  };
  const figures: FigureValues = {};
  for (const [code, value] of Object.entries(row.figures)) {
    const applies = input.indicators.find((i) => i.code === code)?.appliesTo ?? [];
    if (applies.length > 0 && !applies.includes(kind)) {
      issues.push(
        issue(
          code,
          `Chỉ tiêu không áp dụng cho ${ORG_KIND_LABELS[kind].toLowerCase()}; bỏ qua giá trị này`,
          'warning',
        ),
      );
    } else if (Math.abs(value) > FIGURE_LIMIT) {
      issues.push(issue(code, 'Giá trị quá lớn', 'error'));
    } else figures[code] = value;
  }
  const unread = new Set(row.issues.map((i) => i.column));
  const speaks = (code: string) => {
    const column = input.columns.get(`${FIGURE_FIELD_PREFIX}${code}`);
    return column !== undefined && !unread.has(column);
  };
  const result = input.checkFigures(kind, { ...stored, ...figures }, previous);
  for (const e of result.errors)
    if (speaks(e.indicatorCode)) issues.push(issue(e.indicatorCode, withBasis(e), 'error'));
  for (const w of result.warnings)
    if (speaks(w.indicatorCode)) issues.push(issue(w.indicatorCode, withBasis(w), 'warning'));
  return { issues, figures };
}

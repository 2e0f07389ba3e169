import type { OrgKind } from '../registry-enums.dto.ts';
import { fieldLabel, type ImportIndicator } from './header-mapping.ts';
import {
  type AddressCandidate,
  type ChoicesInput,
  FIGURE_FIELD_PREFIX,
  type ImportCounts,
  type ImportField,
  type ImportIssue,
  ORG_IMPORT_FIELD_LABELS,
  type OrgImportField,
} from './import.dto.ts';
import type { FigureValues, OrgValues, PreparedRow, RowEvaluation } from './import-types.ts';
import { addressIssues, type FigureChecker, figureIssues } from './row-issues.ts';
import { effectiveCommune, normalName, type RegisterKey, type RowMatch } from './row-matching.ts';
import { kindFromName } from './vocabulary.ts';

type Nullable<T> = { [K in keyof T]-?: Exclude<T[K], undefined> | null };

/** The columns of an organisation the import compares and writes. */
export type ExistingOrg = Omit<Nullable<OrgValues>, 'kind' | 'name' | 'regCode' | 'sectorsOther'> &
  RegisterKey & {
    kind: OrgKind;
    sectorsOther: string[];
    provinceCode: string | null;
    street: string;
    addressOriginal: string;
    statusSince: string | null;
  };

/** Address columns as written to the register. */
export interface AddressValues {
  addressOriginal: string;
  street: string;
  communeCode?: string;
  provinceCode?: string;
}

export type OrgWrite = OrgValues & Partial<AddressValues>;

/** What the commit does for one accepted row. */
export type RowPlan =
  | {
      rowNumber: number;
      action: 'insert';
      values: OrgWrite & { kind: OrgKind; name: string };
      figures: FigureValues;
    }
  | { rowNumber: number; action: 'update'; orgId: string; values: OrgWrite; figures: FigureValues };

export interface DecideInput {
  rows: readonly PreparedRow[];
  matches: readonly RowMatch[];
  choices: ChoicesInput;
  orgs: ReadonlyMap<string, ExistingOrg>;
  /** The import year's stored figures, and the year before's, of the matched organisations. */
  figures: ReadonlyMap<string, FigureValues>;
  previous: ReadonlyMap<string, FigureValues>;
  indicators: readonly ImportIndicator[];
  /** Column letter of each mapped field. */
  columns: ReadonlyMap<ImportField, string>;
  checkFigures: FigureChecker;
}

export interface Decision {
  evaluations: RowEvaluation[];
  plans: RowPlan[];
  counts: ImportCounts;
}

const ADDRESS_LABEL = ORG_IMPORT_FIELD_LABELS.address;

/** Equal for the register: sets of sectors in any order; names equal once normalised ("HTX" = "Hợp tác xã"). */
function same(key: string, a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('|') === [...b].sort().join('|');
  if (key === 'name' && typeof a === 'string' && typeof b === 'string')
    return normalName(a) === normalName(b);
  return a === b;
}

function addressValues(row: PreparedRow, commune: AddressCandidate | null): AddressValues | null {
  if (!row.address) return null;
  const base = { addressOriginal: row.address.text, street: row.address.street };
  return commune ? { ...base, communeCode: commune.code, provinceCode: commune.provinceCode } : base;
}

function rowIssue(
  row: PreparedRow,
  column: string | null,
  field: string | null,
  message: string,
): ImportIssue {
  return { rowNumber: row.rowNumber, column, field, value: '', message, severity: 'error' };
}

function changedFields(values: OrgWrite, org: ExistingOrg): string[] {
  const changed: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || same(k, v, org[k as keyof ExistingOrg])) continue;
    const label =
      k === 'addressOriginal' || k === 'street' || k === 'communeCode' || k === 'provinceCode'
        ? ADDRESS_LABEL
        : ORG_IMPORT_FIELD_LABELS[k as OrgImportField];
    if (label && !changed.includes(label)) changed.push(label);
  }
  return changed;
}

function onlyChanged(values: OrgWrite, org: ExistingOrg): OrgWrite {
  return Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && !same(k, v, org[k as keyof ExistingOrg])),
  ) as OrgWrite;
}

/** Errors that concern the whole row: no name, a duplicate, no kind. */
function rowProblems(
  row: PreparedRow,
  match: RowMatch,
  kind: OrgKind | null,
  input: DecideInput,
): ImportIssue[] {
  const out: ImportIssue[] = [];
  if (!row.values.name) {
    out.push(
      rowIssue(row, input.columns.get('name') ?? null, ORG_IMPORT_FIELD_LABELS.name, 'Thiếu tên tổ chức'),
    );
  }
  if (match.kind === 'duplicate') {
    const why = match.by === 'code' ? 'cùng mã số' : 'cùng tên và xã/phường';
    out.push(rowIssue(row, null, null, `Trùng với dòng ${match.ofRow} (${why}); dòng này bị bỏ qua`));
  }
  if (!kind && !row.issues.some((x) => x.field === ORG_IMPORT_FIELD_LABELS.kind)) {
    const column = input.columns.get('kind') ?? null;
    out.push(
      rowIssue(row, column, ORG_IMPORT_FIELD_LABELS.kind, 'Thiếu loại hình (không suy ra được từ tên)'),
    );
  }
  return out;
}

interface RowDecision {
  evaluation: RowEvaluation;
  plan: RowPlan | null;
}

function decideRow(row: PreparedRow, match: RowMatch, input: DecideInput): RowDecision {
  const existing = match.kind === 'existing' ? input.orgs.get(match.orgId) : undefined;
  const kind = row.values.kind ?? existing?.kind ?? kindFromName(row.values.name ?? '');
  const issues = [
    ...row.issues,
    ...addressIssues(row, input.choices, input.columns.get('address') ?? null),
    ...rowProblems(row, match, kind, input),
  ];
  const stored = existing ? (input.figures.get(existing.id) ?? {}) : {};
  let figures = row.figures;
  if (kind && Object.keys(row.figures).length > 0) {
    const previous = existing ? (input.previous.get(existing.id) ?? null) : null;
    const checked = figureIssues(row, input, kind, stored, previous);
    issues.push(...checked.issues);
    figures = checked.figures;
  }
  const name = row.values.name;
  if (!kind || !name || issues.some((x) => x.severity === 'error')) {
    return { evaluation: { outcome: 'rejected', orgId: null, changes: [], issues }, plan: null };
  }
  const values: OrgWrite = { ...row.values, ...addressValues(row, effectiveCommune(row, input.choices)) };
  if (!existing) {
    return {
      evaluation: { outcome: 'new', orgId: null, changes: [], issues },
      plan: { rowNumber: row.rowNumber, action: 'insert', values: { ...values, kind, name }, figures },
    };
  }
  const changedFigures = Object.fromEntries(
    Object.entries(figures).filter(([code, v]) => stored[code] !== v),
  );
  const changes = [
    ...changedFields(values, existing),
    ...Object.keys(changedFigures).map((code) =>
      fieldLabel(`${FIGURE_FIELD_PREFIX}${code}`, input.indicators),
    ),
  ];
  if (changes.length === 0) {
    return { evaluation: { outcome: 'unchanged', orgId: existing.id, changes, issues }, plan: null };
  }
  return {
    evaluation: { outcome: 'update', orgId: existing.id, changes, issues },
    plan: {
      rowNumber: row.rowNumber,
      action: 'update',
      orgId: existing.id,
      values: onlyChanged(values, existing),
      figures: changedFigures,
    },
  };
}

/**
 * Decides each row against the register: rejected (errors, duplicates), new, update (with the
 * fields and figures that change) or unchanged. Pure: the caller loads what it needs.
 */
export function decideRows(input: DecideInput): Decision {
  const evaluations: RowEvaluation[] = [];
  const plans: RowPlan[] = [];
  const counts: ImportCounts = {
    total: 0,
    new: 0,
    update: 0,
    unchanged: 0,
    rejected: 0,
    warnings: 0,
    pendingChoices: 0,
  };
  for (const [i, row] of input.rows.entries()) {
    const { evaluation, plan } = decideRow(row, input.matches[i] as RowMatch, input);
    evaluations.push(evaluation);
    if (plan) plans.push(plan);
    counts.total++;
    counts[evaluation.outcome]++;
    if (evaluation.issues.some((x) => x.severity === 'warning')) counts.warnings++;
    if (row.address?.state === 'ambiguous' && input.choices[String(row.rowNumber)] === undefined) {
      counts.pendingChoices++;
    }
  }
  return { evaluations, plans, counts };
}

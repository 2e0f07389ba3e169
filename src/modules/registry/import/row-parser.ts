import { formatNumber } from '../../../lib/vi/index.ts';
import { ORG_KIND_LABELS, ORG_STATUS_LABELS } from '../registry-enums.dto.ts';
import {
  type CellValue,
  cellText,
  cleanText,
  labelKey,
  MONEY_SCALE,
  readDateCell,
  readNumberCell,
} from './cell-values.ts';
import { fieldLabel, type ImportIndicator, indicatorCodeOf } from './header-mapping.ts';
import type {
  ImportField,
  ImportIssue,
  ImportMapping,
  IssueSeverity,
  MoneyUnit,
  OrgImportField,
} from './import.dto.ts';
import type { OrgValues } from './import-types.ts';
import { columnNumber } from './import-workbook.ts';
import type { SheetRow } from './sheet-rows.ts';
import { kinds, readSectors, sizeClasses, statuses } from './vocabulary.ts';

export interface RowParseOptions {
  mapping: ImportMapping;
  indicators: readonly ImportIndicator[];
  /** Today in Viet Nam (YYYY-MM-DD): later dates are refused. */
  today: string;
}

export interface ParsedRow {
  rowNumber: number;
  values: OrgValues;
  figures: Record<string, number>;
  addressText: string | null;
  issues: ImportIssue[];
}

const TEXT_LIMITS: Partial<Record<OrgImportField, number>> = {
  name: 300,
  shortName: 100,
  registrationAuthority: 300,
  representativeName: 200,
  representativeTitle: 100,
  publicPhone: 50,
  publicEmail: 200,
  website: 300,
  notes: 2000,
  address: 500,
};

const KIND_CHOICES = Object.values(ORG_KIND_LABELS).join(', ');
const STATUS_CHOICES = Object.values(ORG_STATUS_LABELS).join(', ');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REG_CODE = /^[0-9A-Z][0-9A-Z./-]{3,29}$/;

/** Excel drops the leading 0 of codes and phone numbers typed as numbers: 9 or 12 digits get it back. */
function digitsOf(v: CellValue): { text: string; restoredZero: boolean } {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
    const text = String(v);
    return text.length === 9 || text.length === 12
      ? { text: `0${text}`, restoredZero: true }
      : { text, restoredZero: false };
  }
  return { text: cleanText(v), restoredZero: false };
}

class RowReader {
  readonly values: OrgValues = {};
  readonly figures: Record<string, number> = {};
  readonly issues: ImportIssue[] = [];
  addressText: string | null = null;

  constructor(
    private readonly row: SheetRow,
    private readonly opts: RowParseOptions,
  ) {}

  note(column: string, field: ImportField, value: CellValue, message: string, severity: IssueSeverity) {
    this.issues.push({
      rowNumber: this.row.rowNumber,
      column,
      field: fieldLabel(field, this.opts.indicators),
      value: cellText(value),
      message,
      severity,
    });
  }

  read(column: string, field: ImportField, unit: MoneyUnit | null): void {
    const value = this.row.cells[columnNumber(column) - 1] ?? null;
    if (value === null) return;
    const code = indicatorCodeOf(field);
    if (code) this.readFigure(column, field, code, unit, value);
    else this.readField(column, field as OrgImportField, value);
  }

  private readFigure(
    column: string,
    field: ImportField,
    code: string,
    unit: MoneyUnit | null,
    value: CellValue,
  ) {
    const indicator = this.opts.indicators.find((i) => i.code === code);
    const n = readNumberCell(value);
    if (!n.ok) return this.note(column, field, value, n.message, 'error');
    if (n.value === null || !indicator) return;
    if (indicator.valueType === 'money') {
      const scale = MONEY_SCALE[n.unit ?? unit ?? 'dong'];
      this.figures[code] = Math.round(n.value * scale);
      return;
    }
    if (indicator.valueType === 'integer' && !Number.isInteger(n.value)) {
      return this.note(column, field, value, `Cần số nguyên (${indicator.unit})`, 'error');
    }
    this.figures[code] = n.value;
  }

  private readField(column: string, field: OrgImportField, value: CellValue) {
    const text = cleanText(value);
    if (text === '') return;
    const limit = TEXT_LIMITS[field];
    if (limit && text.length > limit) {
      return this.note(column, field, value, `Tối đa ${formatNumber(limit)} ký tự`, 'error');
    }
    const v = this.values;
    switch (field) {
      case 'kind': {
        const kind = kinds.read(text);
        if (kind) v.kind = kind;
        else
          this.note(
            column,
            field,
            value,
            `Loại hình không hợp lệ (chọn một trong: ${KIND_CHOICES})`,
            'error',
          );
        return;
      }
      case 'status': {
        const status = statuses.read(text);
        if (status) v.status = status;
        else
          this.note(
            column,
            field,
            value,
            `Tình trạng không hợp lệ (chọn một trong: ${STATUS_CHOICES})`,
            'error',
          );
        return;
      }
      case 'sizeClass': {
        const size = sizeClasses.read(text);
        if (size) v.sizeClass = size;
        else
          this.note(
            column,
            field,
            value,
            'Không nhận ra quy mô (Siêu nhỏ, Nhỏ, Vừa, Lớn); bỏ qua',
            'warning',
          );
        return;
      }
      case 'sectorPrimary':
      case 'sectorsOther':
        return this.readSectorCell(column, field, value, text);
      case 'regCode': {
        const { text: code, restoredZero } = digitsOf(value);
        const clean = code.replace(/\s+/g, '').toUpperCase();
        if (!REG_CODE.test(clean)) {
          return this.note(
            column,
            field,
            value,
            'Mã số không hợp lệ (chỉ gồm chữ số, chữ cái và dấu “-”)',
            'error',
          );
        }
        if (restoredZero) {
          this.note(column, field, value, `Excel đã bỏ số 0 ở đầu; ghi nhận là ${clean}`, 'warning');
        }
        v.regCode = clean;
        return;
      }
      case 'registeredOn':
      case 'foundedOn':
      case 'allianceMemberSince': {
        const d = readDateCell(value, this.opts.today);
        if (!d.ok) return this.note(column, field, value, d.message, 'error');
        if (d.note) this.note(column, field, value, `Ngày ${d.note}`, 'warning');
        if (d.iso) v[field] = d.iso;
        return;
      }
      case 'publicPhone':
        v.publicPhone = digitsOf(value).text;
        return;
      case 'publicEmail':
        if (EMAIL.test(text)) v.publicEmail = text.toLowerCase();
        else this.note(column, field, value, 'Email không hợp lệ; bỏ qua', 'warning');
        return;
      case 'address':
        this.addressText = text;
        return;
      default:
        v[field] = text;
    }
  }

  private readSectorCell(
    column: string,
    field: 'sectorPrimary' | 'sectorsOther',
    value: CellValue,
    text: string,
  ) {
    const { found, unknown } = readSectors(text);
    for (const u of unknown) {
      this.note(column, field, value, `Không nhận ra lĩnh vực “${u}”; bỏ qua`, 'warning');
    }
    if (field === 'sectorsOther') {
      if (found.length > 0) this.values.sectorsOther = found;
      return;
    }
    const [primary, ...others] = found;
    this.values.sectorPrimary = primary ?? 'khac';
    if (!primary) this.note(column, field, value, 'Xếp vào lĩnh vực “Khác”', 'warning');
    if (others.length > 0 && !this.values.sectorsOther) this.values.sectorsOther = others;
  }
}

/** Reads one data row through the mapping; problems become issues, never exceptions. */
export function parseRow(row: SheetRow, opts: RowParseOptions): ParsedRow {
  const reader = new RowReader(row, opts);
  for (const col of opts.mapping.columns) {
    if (col.field) reader.read(col.column, col.field, col.unit);
  }
  return {
    rowNumber: row.rowNumber,
    values: reader.values,
    figures: reader.figures,
    addressText: reader.addressText,
    issues: reader.issues,
  };
}

/** Whether a row says nothing the mapping reads (a blank row, or only cells nobody imports). */
export function isBlank(p: ParsedRow): boolean {
  return (
    Object.keys(p.values).length === 0 &&
    Object.keys(p.figures).length === 0 &&
    p.addressText === null &&
    p.issues.length === 0
  );
}

/** "(1) (2) (3) …" or "1 2 3 …" under the header: the column numbering official forms carry. */
function isNumberingRow(row: SheetRow): boolean {
  const numbers = row.cells
    .filter((v) => v !== null)
    .map((v) =>
      typeof v === 'number' ? v : Number(/^\(?(\d{1,3})\)?$/.exec(String(v).trim())?.[1] ?? Number.NaN),
    );
  return (
    numbers.length >= 3 &&
    numbers.every((n, k) => Number.isInteger(n) && (k === 0 || n > (numbers[k - 1] as number)))
  );
}

const TOTAL_LABELS = new Set(['tong', 'tong cong', 'cong', 'tong so', 'cong tong']);

/**
 * Rows that are not organisations: the column numbering official forms carry under the header,
 * the header repeated on every printed page, and the "Tổng cộng" line at the end.
 */
export function isLayoutRow(row: SheetRow, mapping: ImportMapping): boolean {
  if (isNumberingRow(row)) return true;
  const cell = (column: string) => cleanText(row.cells[columnNumber(column) - 1] ?? null);
  const repeatsHeader =
    mapping.columns.filter((c) => c.header !== '' && cell(c.column) === c.header).length >= 2;
  const name = mapping.columns.find((c) => c.field === 'name');
  return repeatsHeader || (name !== undefined && TOTAL_LABELS.has(labelKey(cell(name.column))));
}

import { foldForSearch } from '../../../lib/vi/index.ts';
import { INDICATOR_SYNONYMS, ORG_FIELD_SYNONYMS } from './header-synonyms.ts';
import {
  FIGURE_FIELD_PREFIX,
  type ImportField,
  type MappingColumn,
  type MoneyUnit,
  ORG_IMPORT_FIELD_LABELS,
  ORG_IMPORT_FIELDS,
} from './import.dto.ts';

/** An indicator of the dictionary, as the import needs it. */
export interface ImportIndicator {
  code: string;
  name: string;
  unit: string;
  /** integer | money | decimal */
  valueType: string;
  /** Kinds that report it; empty: every kind. */
  appliesTo: readonly string[];
}

export interface HeaderReading {
  /** Folded words without unit, year or punctuation: what synonyms are compared on. */
  key: string;
  unit: MoneyUnit | null;
  year: number | null;
}

// Units are read from the parenthesised part or the tail after a comma/dash ("Vốn, triệu đồng").
const UNIT_PATTERNS: readonly [MoneyUnit, RegExp][] = [
  ['ty', /\b(ty|ti)\b(?! le)/],
  ['trieu', /\b(trieu|tr|trd)\b/],
  ['nghin', /\b(nghin|ngan|1 ?000)\b/],
  ['dong', /\b(dong|vnd|d)\b/],
];

function unitOf(text: string): MoneyUnit | null {
  const cleaned = text.replace(/[.:]/g, ' ').replace(/\bdvt\b/g, ' ');
  for (const [unit, re] of UNIT_PATTERNS) if (re.test(cleaned)) return unit;
  return null;
}

const YEAR_IN_HEADER = /\b(?:nam )?((?:19|20)\d{2})\b/;

/** Reads a header cell: "Vốn điều lệ năm 2024 (triệu đồng)" → { key: "von dieu le", unit: trieu, year: 2024 }. */
export function readHeader(text: string): HeaderReading {
  let folded = foldForSearch(text);
  let unit: MoneyUnit | null = null;
  folded = folded.replace(/\(([^)]*)\)/g, (_m, inner: string) => {
    unit ??= unitOf(inner);
    return ' ';
  });
  // "Doanh thu - tr.đ", "Vốn điều lệ, triệu đồng": a tail that is only a unit.
  const tail = /^(.*\S)\s*[,\-–:]\s*([^,\-–:]+)$/.exec(folded);
  if (tail?.[1] && tail[2]) {
    const tailUnit = unitOf(tail[2]);
    if (tailUnit && tail[2].split(/\s+/).length <= 3) {
      unit ??= tailUnit;
      folded = tail[1];
    }
  }
  let year: number | null = null;
  folded = folded.replace(YEAR_IN_HEADER, (_m, y: string) => {
    year = Number(y);
    return ' ';
  });
  const key = folded
    .replace(/[/.,:;\-–_*&+#|\\'"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { key, unit, year };
}

const figureField = (code: string): ImportField => `${FIGURE_FIELD_PREFIX}${code}`;

export function indicatorCodeOf(field: string | null): string | null {
  return field?.startsWith(FIGURE_FIELD_PREFIX) ? field.slice(FIGURE_FIELD_PREFIX.length) : null;
}

/** What a column's field is called in messages and in the mapping screen. */
export function fieldLabel(field: ImportField, indicators: readonly ImportIndicator[]): string {
  const code = indicatorCodeOf(field);
  if (code) return indicators.find((i) => i.code === code)?.name ?? code;
  return ORG_IMPORT_FIELD_LABELS[field as keyof typeof ORG_IMPORT_FIELD_LABELS] ?? field;
}

export function isMoneyField(field: ImportField | null, indicators: readonly ImportIndicator[]): boolean {
  const code = indicatorCodeOf(field);
  return code !== null && indicators.find((i) => i.code === code)?.valueType === 'money';
}

/** Synonym table for one dictionary: folded header key → field. */
export class HeaderDictionary {
  private readonly exact = new Map<string, ImportField>();
  // Organisation fields only: "Số điện thoại liên hệ" → phone. Figures are never guessed this way.
  private readonly prefixes: [string, ImportField][] = [];

  constructor(readonly indicators: readonly ImportIndicator[]) {
    for (const field of ORG_IMPORT_FIELDS) {
      for (const s of [ORG_IMPORT_FIELD_LABELS[field], ...ORG_FIELD_SYNONYMS[field]]) {
        const key = readHeader(s).key;
        this.add(key, field);
        if (key.includes(' ')) this.prefixes.push([key, field]);
      }
    }
    for (const ind of indicators) {
      for (const s of [ind.name, ...(INDICATOR_SYNONYMS[ind.code] ?? [])]) {
        this.add(readHeader(s).key, figureField(ind.code));
      }
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
  }

  private add(key: string, field: ImportField): void {
    if (key && !this.exact.has(key)) this.exact.set(key, field);
  }

  fieldOf(key: string): ImportField | null {
    const exact = this.exact.get(key);
    if (exact) return exact;
    for (const [prefix, field] of this.prefixes) if (key.startsWith(`${prefix} `)) return field;
    return null;
  }
}

export interface HeaderCell {
  column: string;
  text: string;
}

export interface MappedHeader {
  columns: MappingColumn[];
  /** Years written in the headers ("Doanh thu năm 2024"), most frequent first. */
  years: number[];
}

/** Maps one header row: each field at most once (the first column wins), money columns get a unit. */
export function mapHeaderRow(cells: readonly HeaderCell[], dict: HeaderDictionary): MappedHeader {
  const used = new Set<ImportField>();
  const yearCounts = new Map<number, number>();
  const columns = cells.map(({ column, text }): MappingColumn => {
    const reading = readHeader(text);
    const found = reading.key ? dict.fieldOf(reading.key) : null;
    const field = found && !used.has(found) ? found : null;
    if (field) used.add(field);
    if (field && reading.year) yearCounts.set(reading.year, (yearCounts.get(reading.year) ?? 0) + 1);
    const money = isMoneyField(field, dict.indicators);
    return { column, header: text, field, unit: money ? (reading.unit ?? 'dong') : null };
  });
  const years = [...yearCounts.entries()].sort((a, b) => b[1] - a[1]).map(([y]) => y);
  return { columns, years };
}

/** How many fields a row's cells name, and whether the name is among them. */
export function headerScore(cells: readonly HeaderCell[], dict: HeaderDictionary): number {
  const fields = new Set(
    cells.map((c) => dict.fieldOf(readHeader(c.text).key)).filter((f): f is ImportField => f !== null),
  );
  return fields.has('name') ? fields.size : 0;
}

const TITLE_YEAR = /\bnam(?: so lieu| bao cao)?\s*:?\s*((?:19|20)\d{2})\b/;

/** "DANH SÁCH HTX NĂM 2024", "Năm số liệu: 2024" in the title rows above the header. */
export function yearInTitle(texts: readonly string[]): number | null {
  for (let i = 0; i < texts.length; i++) {
    const folded = foldForSearch(texts[i] ?? '');
    const m = TITLE_YEAR.exec(folded);
    if (m?.[1]) return Number(m[1]);
    // "Năm số liệu:" in one cell, the year in the next.
    if (/^nam(?: so lieu| bao cao)?\s*:?$/.test(folded)) {
      const next = /^((?:19|20)\d{2})$/.exec((texts[i + 1] ?? '').trim());
      if (next?.[1]) return Number(next[1]);
    }
  }
  return null;
}

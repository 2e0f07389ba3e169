import { formatNumber } from '../../../lib/vi/index.ts';
import { cleanText } from './cell-values.ts';
import { type HeaderCell, type HeaderDictionary, headerScore } from './header-mapping.ts';
import { refuseContent, refuseFile } from './import-errors.ts';
import { readSheetRows, readSheetRowsLoaded, type SheetRow, type SheetRows } from './sheet-rows.ts';
import { readWorkbookStructure, type SheetStructure } from './workbook-structure.ts';

/** Limits of an import: 20 MB and 100,000 data rows (tests lower them to stay small). */
export const importLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 100_000 };

// Title rows above the header are common; the header is looked for in the first rows only.
const HEADER_SCAN_ROWS = 30;
const MAX_LISTED_CELLS = 10;

export interface ImportSheet {
  name: string;
  headerRow: number;
  headers: HeaderCell[];
  /** Rows above the header (titles), kept for the year and the report. */
  titleRows: SheetRow[];
  dataRows: SheetRow[];
}

export type WorkbookReading =
  | { kind: 'sheet'; sheet: ImportSheet }
  | { kind: 'choose'; sheetNames: string[] };

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function columnNumber(letter: string): number {
  return [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const corrupted = (fileName: string) =>
  refuseFile(
    `Tệp “${fileName}” bị hỏng hoặc không đọc được như một bảng tính Excel. Vui lòng mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi tải lên.`,
  );

function headerCells(row: SheetRow): HeaderCell[] {
  return row.cells
    .map((v, i) => ({ column: columnLetter(i + 1), text: cleanText(v) }))
    .filter((c) => c.text !== '');
}

/** The row naming the most fields (the name among them), within the first rows. */
function findHeader(rows: readonly SheetRow[], dict: HeaderDictionary): number {
  let best = -1;
  let bestScore = 1;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    const score = headerScore(headerCells(row), dict);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

interface Candidate {
  rows: SheetRows;
  headerIndex: number;
}

function asImportSheet({ rows, headerIndex }: Candidate): ImportSheet {
  const header = rows.rows[headerIndex] as SheetRow;
  return {
    name: rows.name,
    headerRow: header.rowNumber,
    headers: headerCells(header),
    titleRows: rows.rows.slice(0, headerIndex),
    dataRows: rows.rows.slice(headerIndex + 1),
  };
}

const rangeRows = (ref: string): [number, number] => {
  const [a = '', b = a] = ref.split(':');
  const row = (s: string) => Number(/\d+/.exec(s)?.[0] ?? 0);
  return [row(a), row(b)];
};

/** Refuses a sheet whose content cannot be imported as it is; says which cells to fix. */
function checkSheet(
  sheet: ImportSheet,
  structure: SheetStructure | undefined,
  maxRows: number,
  overflow: boolean,
) {
  const where = `Trang tính “${sheet.name}”`;
  if (overflow || sheet.dataRows.length > maxRows) {
    throw refuseContent(
      `${where} có hơn ${formatNumber(maxRows)} dòng dữ liệu. Vui lòng chia thành nhiều tệp, mỗi tệp tối đa ${formatNumber(maxRows)} dòng.`,
    );
  }
  if (sheet.dataRows.length === 0) {
    throw refuseContent(`${where} chưa có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${sheet.headerRow}).`);
  }
  const merged = (structure?.merges ?? []).filter((ref) => {
    const [top, bottom] = rangeRows(ref);
    return top <= sheet.headerRow && sheet.headerRow <= bottom;
  });
  if (merged.length > 0) {
    throw refuseContent(
      `${where}: dòng tiêu đề (dòng ${sheet.headerRow}) có ô gộp (${merged.join(', ')}). Vui lòng bỏ gộp ô để mỗi cột có một tiêu đề riêng trên cùng một dòng, rồi tải lên lại.`,
    );
  }
  const formulaCells = sheet.dataRows.flatMap((r) =>
    r.formulas.map((c) => `${columnLetter(c)}${r.rowNumber}`),
  );
  if (formulaCells.length > 0) {
    const shown = formulaCells.slice(0, MAX_LISTED_CELLS).join(', ');
    const more =
      formulaCells.length > MAX_LISTED_CELLS
        ? ` và ${formatNumber(formulaCells.length - MAX_LISTED_CELLS)} ô khác`
        : '';
    throw refuseContent(
      `${where} có ô chứa công thức: ${shown}${more}. Vui lòng chuyển công thức thành giá trị (Sao chép → Dán đặc biệt → Giá trị) rồi tải lên lại.`,
    );
  }
}

/**
 * Reads the workbook for an import: picks the sheet holding the data (or asks, when several do),
 * finds its header row below any title rows, and refuses empty sheets, merged header cells,
 * formulas in data cells and too many rows, with a Vietnamese message saying what to fix.
 */
export async function readImportWorkbook(
  bytes: Buffer,
  fileName: string,
  dict: HeaderDictionary,
  opts: { sheet?: string | null; maxRows: number },
): Promise<WorkbookReading> {
  let structure: SheetStructure[];
  let read: Map<string, SheetRows>;
  const visible = (s: SheetStructure) => s.visible && (!opts.sheet || s.name === opts.sheet);
  try {
    structure = readWorkbookStructure(bytes);
    const names = new Set(structure.filter(visible).map((s) => s.name));
    const want = (name: string) => names.has(name);
    const limit = opts.maxRows + HEADER_SCAN_ROWS;
    read = await readSheetRows(bytes, want, limit).catch(() => readSheetRowsLoaded(bytes, want, limit));
  } catch {
    throw corrupted(fileName);
  }
  if (opts.sheet && !structure.some((s) => visible(s))) {
    throw refuseContent(`Tệp không có trang tính “${opts.sheet}”.`);
  }
  const sheets = [...read.values()];
  const candidates = sheets
    .map((rows) => ({ rows, headerIndex: findHeader(rows.rows, dict) }))
    .filter((c) => c.headerIndex >= 0);
  const withData = candidates.filter((c) => c.rows.rows.length > c.headerIndex + 1);
  if (!opts.sheet && withData.length > 1)
    return { kind: 'choose', sheetNames: withData.map((c) => c.rows.name) };
  const chosen = withData[0] ?? candidates[0];
  if (!chosen) {
    if (sheets.every((s) => s.rows.length === 0)) {
      throw refuseContent(
        opts.sheet ? `Trang tính “${opts.sheet}” trống.` : 'Tệp không có dữ liệu: các trang tính đều trống.',
      );
    }
    throw refuseContent(
      'Không tìm thấy dòng tiêu đề. Dòng tiêu đề cần có cột tên tổ chức (ví dụ “Tên HTX”) và ít nhất một cột khác (ví dụ “Địa chỉ”, “Mã số thuế”). Bạn có thể tải mẫu nhập để xem cách ghi.',
    );
  }
  const sheet = asImportSheet(chosen);
  checkSheet(
    sheet,
    structure.find((s) => s.name === sheet.name),
    opts.maxRows,
    chosen.rows.overflow,
  );
  return { kind: 'sheet', sheet };
}

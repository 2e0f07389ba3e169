import ExcelJS from 'exceljs';
import type { ImportIssue, RowOutcome } from './import.dto.ts';
import type { RowEvaluation } from './import-types.ts';
import { columnNumber, type ImportSheet } from './import-workbook.ts';
import type { SheetRow } from './sheet-rows.ts';

export const REPORT_ISSUES_HEADER = 'Lỗi / cảnh báo';
export const REPORT_OUTCOME_HEADER = 'Kết quả';

export const OUTCOME_LABELS: Record<RowOutcome, string> = {
  new: 'Thêm mới',
  update: 'Cập nhật',
  unchanged: 'Không thay đổi',
  rejected: 'Bị loại',
};

/** "[Lỗi] Cột K – Vốn điều lệ “abc”: Không đọc được số" — one line per issue. */
export function describeIssue(i: ImportIssue): string {
  const where = [i.column ? `Cột ${i.column}` : null, i.field].filter(Boolean).join(' – ');
  const value = i.value ? ` “${i.value}”` : '';
  const head = where ? `${where}${value}: ` : '';
  return `[${i.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}] ${head}${i.message}`;
}

/**
 * The sheet as uploaded (same rows, same row numbers) with two columns added: what the import
 * does with the row and its errors and warnings, so people fix their file where it went wrong.
 */
export async function buildImportReport(
  sheet: ImportSheet,
  evaluations: ReadonlyMap<number, RowEvaluation>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name.slice(0, 31) || 'Báo cáo', {
    views: [{ state: 'frozen', ySplit: sheet.headerRow }],
  });
  const lastColumn = Math.max(
    ...[...sheet.titleRows, ...sheet.dataRows].map((r) => r.cells.length),
    ...sheet.headers.map((h) => columnNumber(h.column)),
  );
  const outcomeCol = lastColumn + 1;
  const issuesCol = lastColumn + 2;

  const copy = (r: SheetRow) => {
    const row = ws.getRow(r.rowNumber);
    r.cells.forEach((v, k) => {
      if (v === null) return;
      const cell = row.getCell(k + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    return row;
  };
  for (const r of sheet.titleRows) copy(r);
  const header = ws.getRow(sheet.headerRow);
  for (const h of sheet.headers) header.getCell(columnNumber(h.column)).value = h.text;
  header.getCell(outcomeCol).value = REPORT_OUTCOME_HEADER;
  header.getCell(issuesCol).value = REPORT_ISSUES_HEADER;
  header.font = { bold: true };

  for (const r of sheet.dataRows) {
    const row = copy(r);
    const e = evaluations.get(r.rowNumber);
    if (!e) continue;
    row.getCell(outcomeCol).value = OUTCOME_LABELS[e.outcome];
    if (e.issues.length > 0) {
      const cell = row.getCell(issuesCol);
      cell.value = e.issues.map(describeIssue).join('\n');
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = { color: { argb: e.outcome === 'rejected' ? 'FFC00000' : 'FF9C5700' } };
    }
  }
  ws.getColumn(outcomeCol).width = 16;
  ws.getColumn(issuesCol).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

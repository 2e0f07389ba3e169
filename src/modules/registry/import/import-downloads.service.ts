import type { Ctx } from '../../../core/context.ts';
import { assertRegistryWriter } from '../org-access.ts';
import { updateImport } from './import.repo.ts';
import { defaultYear, type ImportEnv, loadDictionaries, loadImport } from './import-context.ts';
import { wrongStep } from './import-errors.ts';
import { ImportFiles } from './import-files.ts';
import { loadPreview } from './import-preview.service.ts';
import { buildImportReport } from './import-report.ts';
import { buildImportTemplate } from './import-template.ts';
import { importLimits, readImportWorkbook } from './import-workbook.ts';

export interface Download {
  fileName: string;
  bytes: Buffer;
}

export async function importTemplate(env: ImportEnv, year?: number): Promise<Download> {
  assertRegistryWriter(env.ctx);
  const y = year ?? defaultYear(env.now);
  const { figures } = await loadDictionaries(env.ctx);
  return {
    fileName: `Mau-nhap-to-chuc-nam-${y}.xlsx`,
    bytes: await buildImportTemplate(figures.indicators, y),
  };
}

/** The workbook exactly as it was uploaded. */
export async function originalFile(ctx: Ctx, files: ImportFiles, id: string): Promise<Download> {
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  return { fileName: head.fileName, bytes: await files.read(head.filePath) };
}

const reportName = (fileName: string) => `Ket-qua-kiem-tra-${fileName.replace(/\.xlsx$/i, '')}.xlsx`;

/**
 * The sheet with each row's outcome and its errors and warnings; built from the original file
 * and the dry run on first request, then kept beside the original until the next dry run.
 */
export async function reportFile(ctx: Ctx, files: ImportFiles, id: string): Promise<Download> {
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  if (head.reportPath)
    return { fileName: reportName(head.fileName), bytes: await files.read(head.reportPath) };
  if (!head.sheetName) throw wrongStep('Chưa có kết quả kiểm tra; vui lòng chạy kiểm tra trước.');
  const preview = await loadPreview(ctx, id);
  const dicts = await loadDictionaries(ctx);
  const reading = await readImportWorkbook(await files.read(head.filePath), head.fileName, dicts.headers, {
    sheet: head.sheetName,
    maxRows: importLimits.maxRows,
  });
  if (reading.kind !== 'sheet') throw wrongStep('Không đọc được trang tính của lần nhập.');
  const byRow = new Map(
    preview.rows
      .map((r, k) => [r.rowNumber, preview.evaluations[k]])
      .filter((e): e is [number, NonNullable<(typeof preview.evaluations)[number]>] => e[1] !== undefined),
  );
  const bytes = await buildImportReport(reading.sheet, byRow);
  const reportPath = ImportFiles.reportPath(ctx.tenantId, id);
  await files.write(reportPath, bytes);
  await updateImport(ctx.db, ctx.tenantId, id, { reportPath });
  return { fileName: reportName(head.fileName), bytes };
}

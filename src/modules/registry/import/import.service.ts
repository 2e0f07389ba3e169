import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { assertRegistryWriter } from '../org-access.ts';
import { fieldLabel, indicatorCodeOf, isMoneyField } from './header-mapping.ts';
import type {
  ImportDto,
  ImportField,
  ImportList,
  ImportListQuery,
  MappingColumn,
  MappingUpdate,
} from './import.dto.ts';
import { claimImport, type ImportInsert, insertImport, listImports, updateImport } from './import.repo.ts';
import { autoMapping, defaultYear, type ImportEnv, loadDictionaries, loadImport } from './import-context.ts';
import { wrongStep } from './import-errors.ts';
import { ImportFiles } from './import-files.ts';
import { presentImport, presentSummary, type StoredMapping, storedMapping } from './import-present.ts';
import { importLimits, readImportWorkbook } from './import-workbook.ts';
import { assertXlsx } from './xlsx-sniff.ts';

export interface ImportUpload {
  fileName: string;
  bytes: Buffer;
}

/** Steps where the sheet, the mapping or the year may still change. */
const EDITABLE = ['uploaded', 'needs_sheet', 'previewed', 'failed'] as const;

// A new mapping or sheet makes the dry run stale: it must run again before a commit.
const STALE = { preview: null, counts: null, reportPath: null, progress: 0, error: null } as const;

/**
 * Takes an uploaded workbook: checks what it really is, finds the data sheet (or asks which),
 * the header row and the mapping, keeps the original file and records the import. A refused
 * file leaves nothing behind.
 */
export async function uploadImport(
  env: ImportEnv,
  files: ImportFiles,
  upload: ImportUpload,
): Promise<ImportDto> {
  const { ctx, now } = env;
  assertRegistryWriter(ctx);
  await assertXlsx(upload.bytes, upload.fileName);
  const dicts = await loadDictionaries(ctx);
  const reading = await readImportWorkbook(upload.bytes, upload.fileName, dicts.headers, {
    maxRows: importLimits.maxRows,
  });
  const id = randomUUID();
  const filePath = ImportFiles.originalPath(ctx.tenantId, id);
  const base = {
    tenantId: ctx.tenantId,
    id,
    createdBy: ctx.actor?.id ?? null,
    fileName: upload.fileName,
    filePath,
  };
  const row: ImportInsert = { ...base, status: 'needs_sheet' };
  if (reading.kind === 'choose') {
    row.mapping = { sheets: reading.sheetNames, headerRow: 1, columns: [] } satisfies StoredMapping;
  } else {
    const { mapping, year } = autoMapping(reading.sheet, dicts.headers, []);
    Object.assign(row, {
      status: 'uploaded',
      sheetName: reading.sheet.name,
      mapping,
      year: year ?? defaultYear(now),
    });
  }
  await files.write(filePath, upload.bytes);
  try {
    await insertImport(ctx.db, row);
  } catch (err) {
    await files.removeImport(ctx.tenantId, id);
    throw err;
  }
  return getImport(ctx, id);
}

/** The user's answer to "which sheet?" (or a change of sheet before committing). */
export async function chooseSheet(
  env: ImportEnv,
  files: ImportFiles,
  id: string,
  sheetName: string,
): Promise<ImportDto> {
  const { ctx, now } = env;
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  const sheets = storedMapping(head).sheets;
  if (!(EDITABLE as readonly string[]).includes(head.status) || sheets.length === 0) {
    throw wrongStep('Không thể chọn trang tính ở bước này.');
  }
  if (!sheets.includes(sheetName)) {
    throw new AppError('VALIDATION', {
      fieldErrors: { sheet: `Hãy chọn một trong các trang tính: ${sheets.map((s) => `“${s}”`).join(', ')}` },
    });
  }
  const dicts = await loadDictionaries(ctx);
  const reading = await readImportWorkbook(await files.read(head.filePath), head.fileName, dicts.headers, {
    sheet: sheetName,
    maxRows: importLimits.maxRows,
  });
  if (reading.kind !== 'sheet') throw wrongStep('Không đọc được trang tính đã chọn.');
  const { mapping, year } = autoMapping(reading.sheet, dicts.headers, sheets);
  await updateImport(ctx.db, ctx.tenantId, id, {
    ...STALE,
    status: 'uploaded',
    sheetName,
    mapping,
    choices: null,
    year: year ?? head.year ?? defaultYear(now),
  });
  return getImport(ctx, id);
}

function invalid(fieldErrors: Record<string, string>): AppError {
  return new AppError('VALIDATION', { fieldErrors });
}

/**
 * Adjusts the automatic mapping: each listed column gets its field (taken from any other column
 * that had it) and, for money, its unit; the year may change too. The dry run must run again.
 */
export async function updateMapping(ctx: Ctx, id: string, input: MappingUpdate): Promise<ImportDto> {
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  const stored = storedMapping(head);
  if (!(EDITABLE as readonly string[]).includes(head.status) || stored.columns.length === 0) {
    throw wrongStep('Không thể sửa cách ghép cột ở bước này.');
  }
  const { figures } = await loadDictionaries(ctx);
  const indicators = figures.indicators;
  const errors: Record<string, string> = {};
  const claimedBy = new Map<ImportField, string>();
  input.columns.forEach((c, k) => {
    if (!stored.columns.some((s) => s.column === c.column)) {
      errors[`columns.${k}.column`] = `Dòng tiêu đề không có cột ${c.column}`;
    }
    const code = indicatorCodeOf(c.field);
    if (code && !indicators.some((ind) => ind.code === code)) {
      errors[`columns.${k}.field`] = `Không có chỉ tiêu mã “${code}”`;
    }
    if (c.field && claimedBy.has(c.field)) {
      errors[`columns.${k}.field`] =
        `“${fieldLabel(c.field, indicators)}” đã được gán cho cột ${claimedBy.get(c.field)}`;
    }
    if (c.field) claimedBy.set(c.field, c.column);
  });
  const columns = stored.columns.map((s): MappingColumn => {
    const change = input.columns.find((c) => c.column === s.column);
    const field = change ? change.field : s.field && claimedBy.has(s.field) ? null : s.field;
    const money = isMoneyField(field, indicators);
    return { ...s, field, unit: money ? (change?.unit ?? s.unit ?? 'dong') : null };
  });
  if (Object.keys(errors).length === 0 && !columns.some((c) => c.field === 'name')) {
    errors.columns = 'Cần gán một cột cho “Tên tổ chức”';
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const moved = await claimImport(ctx.db, ctx.tenantId, id, EDITABLE, {
    ...STALE,
    status: 'uploaded',
    mapping: { ...stored, columns },
    year: input.year ?? head.year,
  });
  if (!moved) throw wrongStep('Lần nhập đang được xử lý; vui lòng thử lại sau.');
  return getImport(ctx, id);
}

export async function getImport(ctx: Ctx, id: string): Promise<ImportDto> {
  assertRegistryWriter(ctx);
  return presentImport(await loadImport(ctx, id));
}

/** Who imported what and when, newest first. */
export async function listImportHistory(ctx: Ctx, q: ImportListQuery): Promise<ImportList> {
  assertRegistryWriter(ctx);
  const { rows, total } = await listImports(ctx.db, ctx.tenantId, q.page, q.pageSize);
  return { total, items: rows.map(presentSummary) };
}

import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { getTenant } from '../../tenants/tenants.service.ts';
import { assertRegistryWriter } from '../org-access.ts';
import { AddressResolver } from './address-resolution.ts';
import type { ChoicesInput, ImportDto, PreviewPage, PreviewQuery } from './import.dto.ts';
import { claimImport, findImportPreview, updateImport } from './import.repo.ts';
import { getImport } from './import.service.ts';
import { type ImportEnv, loadDictionaries, loadImport, todayOf } from './import-context.ts';
import { wrongStep } from './import-errors.ts';
import { evaluateRows } from './import-evaluation.ts';
import type { ImportFiles } from './import-files.ts';
import { isRunningHere, type ProgressReporter, startImportJob } from './import-jobs.ts';
import { presentPreviewRow, storedMapping } from './import-present.ts';
import type { PreparedRow, StoredPreview } from './import-types.ts';
import { type ImportSheet, importLimits, readImportWorkbook } from './import-workbook.ts';
import { isBlank, isLayoutRow, parseRow } from './row-parser.ts';

const FAILED_MESSAGE =
  'Không kiểm tra được tệp do lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.';
// Progress: reading the sheet, then addresses (the slow part), then deciding against the register.
const READ_DONE = 10;
const ADDRESSES_DONE = 80;

/** Parses the data rows and resolves their addresses (one lookup per distinct place). */
async function prepareRows(
  ctx: Ctx,
  sheet: ImportSheet,
  opts: Parameters<typeof parseRow>[1],
  report: (percent: number) => Promise<void>,
): Promise<PreparedRow[]> {
  const tenant = await getTenant(ctx);
  const resolver = new AddressResolver(ctx, tenant.provinceCode === '00' ? undefined : tenant.provinceCode);
  const parsed = sheet.dataRows
    .filter((r) => !isLayoutRow(r, opts.mapping))
    .map((r) => parseRow(r, opts))
    .filter((p) => !isBlank(p));
  await report(READ_DONE);
  const rows: PreparedRow[] = [];
  for (const [k, p] of parsed.entries()) {
    const address = p.addressText ? await resolver.resolve(p.addressText) : null;
    rows.push({ rowNumber: p.rowNumber, values: p.values, figures: p.figures, address, issues: p.issues });
    if (k % 200 === 0) await report(READ_DONE + ((ADDRESSES_DONE - READ_DONE) * k) / parsed.length);
  }
  await report(ADDRESSES_DONE);
  return rows;
}

/** Progress in memory for this process's polls, and in the row at every tenth for other nodes'. */
function persistedProgress(ctx: Ctx, id: string, report: ProgressReporter) {
  let written = 0;
  return async (percent: number) => {
    report(percent);
    if (percent - written < 10) return;
    written = percent;
    await updateImport(ctx.db, ctx.tenantId, id, { progress: Math.round(percent) });
  };
}

async function runPreview(
  env: ImportEnv,
  files: ImportFiles,
  id: string,
  report: ProgressReporter,
): Promise<void> {
  const { ctx, now } = env;
  try {
    const head = await loadImport(ctx, id);
    const mapping = storedMapping(head);
    const dicts = await loadDictionaries(ctx);
    const reading = await readImportWorkbook(await files.read(head.filePath), head.fileName, dicts.headers, {
      sheet: head.sheetName,
      maxRows: importLimits.maxRows,
    });
    if (reading.kind !== 'sheet') throw new Error('sheet disappeared');
    const rows = await prepareRows(
      ctx,
      reading.sheet,
      { mapping, indicators: dicts.figures.indicators, today: todayOf(now) },
      persistedProgress(ctx, id, report),
    );
    const choices = (head.choices as ChoicesInput | null) ?? {};
    const year = head.year as number;
    const decision = await evaluateRows(ctx, { rows, choices, mapping, year, dictionary: dicts.figures });
    const preview: StoredPreview = { rows, evaluations: decision.evaluations };
    await updateImport(ctx.db, ctx.tenantId, id, {
      status: 'previewed',
      progress: 100,
      preview,
      counts: decision.counts,
      reportPath: null,
      error: null,
    });
  } catch (err) {
    const message = err instanceof AppError ? err.message : FAILED_MESSAGE;
    if (!(err instanceof AppError)) ctx.log.error({ err, importId: id }, 'import preview failed');
    await updateImport(ctx.db, ctx.tenantId, id, { status: 'failed', error: message, progress: 0 }).catch(
      (e: unknown) => ctx.log.error({ err: e, importId: id }, 'could not mark import failed'),
    );
  }
}

/**
 * Starts the dry run in the background: every row parsed, addressed, matched and checked, with
 * counts and per-row messages; nothing is written to the register. Poll GET /org-imports/:id.
 */
export async function startPreview(env: ImportEnv, files: ImportFiles, id: string): Promise<ImportDto> {
  const { ctx } = env;
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  if (!head.sheetName) throw wrongStep('Vui lòng chọn trang tính trước khi kiểm tra.');
  // A run left "previewing"/"committing" by a stopped process may start again.
  const from = [
    'uploaded',
    'previewed',
    'failed',
    ...(isRunningHere(id) ? [] : ['previewing', 'committing']),
  ];
  const claimed = await claimImport(ctx.db, ctx.tenantId, id, from, {
    status: 'previewing',
    progress: 0,
    error: null,
  });
  if (!claimed) throw wrongStep('Tệp đang được xử lý hoặc đã nhập xong.');
  startImportJob(id, (report) => runPreview(env, files, id, report));
  return getImport(ctx, id);
}

export async function loadPreview(ctx: Ctx, id: string): Promise<StoredPreview> {
  const preview = (await findImportPreview(ctx.db, ctx.tenantId, id)) as StoredPreview | null;
  if (!preview) throw wrongStep('Chưa có kết quả kiểm tra; vui lòng chạy kiểm tra trước.');
  return preview;
}

/** The dry run's rows, filtered and paged (the console shows them in a table). */
export async function getPreviewPage(ctx: Ctx, id: string, q: PreviewQuery): Promise<PreviewPage> {
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  const preview = await loadPreview(ctx, id);
  const choices = (head.choices as ChoicesInput | null) ?? {};
  const rows = preview.rows
    .map((row, k) =>
      presentPreviewRow(
        row,
        preview.evaluations[k] ?? { outcome: 'rejected', orgId: null, changes: [], issues: [] },
        choices,
      ),
    )
    .filter((r) => {
      if (q.filter === 'all') return true;
      if (q.filter === 'issues') return r.issues.length > 0;
      if (q.filter === 'choices') return r.address !== null && r.address.alternatives.length > 0;
      return r.outcome === q.filter;
    });
  const start = (q.page - 1) * q.pageSize;
  return { total: rows.length, items: rows.slice(start, start + q.pageSize) };
}

/**
 * The user's communes for addresses the resolver could not settle: each code must be one the
 * row offered (null clears a choice). The rows are decided again at once.
 */
export async function setChoices(ctx: Ctx, id: string, input: ChoicesInput): Promise<ImportDto> {
  assertRegistryWriter(ctx);
  const head = await loadImport(ctx, id);
  if (head.status !== 'previewed')
    throw wrongStep('Chỉ chọn xã/phường sau khi kiểm tra xong và trước khi nhập.');
  const preview = await loadPreview(ctx, id);
  const byNumber = new Map(preview.rows.map((r) => [String(r.rowNumber), r]));
  const errors: Record<string, string> = {};
  for (const [rowNumber, code] of Object.entries(input)) {
    const row = byNumber.get(rowNumber);
    if (!row?.address) errors[rowNumber] = `Dòng ${rowNumber} không có địa chỉ cần chọn`;
    else if (
      code !== null &&
      ![row.address.commune, ...row.address.alternatives].some((c) => c?.code === code)
    ) {
      errors[rowNumber] = `Mã ${code} không nằm trong các xã/phường gợi ý cho dòng ${rowNumber}`;
    }
  }
  if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', { fieldErrors: errors });
  const choices = { ...((head.choices as ChoicesInput | null) ?? {}), ...input };
  const dicts = await loadDictionaries(ctx);
  const decision = await evaluateRows(ctx, {
    rows: preview.rows,
    choices,
    mapping: storedMapping(head),
    year: head.year as number,
    dictionary: dicts.figures,
  });
  const saved = await claimImport(ctx.db, ctx.tenantId, id, ['previewed'], {
    choices,
    preview: { rows: preview.rows, evaluations: decision.evaluations },
    counts: decision.counts,
    reportPath: null,
  });
  if (!saved) throw wrongStep('Lần nhập vừa thay đổi; vui lòng tải lại.');
  return getImport(ctx, id);
}

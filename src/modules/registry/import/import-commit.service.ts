import { contentChanged } from '../../../core/content-events.ts';
import { inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertRegistryWriter } from '../org-access.ts';
import type { ChoicesInput, ImportDto } from './import.dto.ts';
import { claimImport, updateImport } from './import.repo.ts';
import { getImport } from './import.service.ts';
import { type ImportEnv, loadDictionaries, loadImport, todayOf } from './import-context.ts';
import { wrongStep } from './import-errors.ts';
import { evaluateRows } from './import-evaluation.ts';
import { type ProgressReporter, startImportJob } from './import-jobs.ts';
import { storedMapping } from './import-present.ts';
import { loadPreview } from './import-preview.service.ts';
import { lockTenantImports } from './import-register.repo.ts';
import { writePlans } from './import-writer.ts';

const FAILED_MESSAGE =
  'Không ghi được vào sổ do lỗi hệ thống; không có thay đổi nào được lưu. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.';

/**
 * Writes the accepted rows in ONE transaction: the rows are decided again against the register
 * of the moment (under a per-tenant lock), so a second commit of the same file finds everything
 * unchanged and writes nothing. One audit row records the import and its counts.
 */
async function runCommit(env: ImportEnv, id: string, report: ProgressReporter): Promise<void> {
  const { ctx, now } = env;
  try {
    await inTransaction(ctx, async (tx) => {
      await lockTenantImports(tx.db, tx.tenantId);
      const head = await loadImport(tx, id);
      if (head.status !== 'committing') throw wrongStep('Lần nhập không còn ở bước ghi vào sổ.');
      const preview = await loadPreview(tx, id);
      const dicts = await loadDictionaries(tx);
      const year = head.year as number;
      const decision = await evaluateRows(tx, {
        rows: preview.rows,
        choices: (head.choices as ChoicesInput | null) ?? {},
        mapping: storedMapping(head),
        year,
        dictionary: dicts.figures,
      });
      report(20);
      const written = await writePlans(
        tx,
        { plans: decision.plans, orgs: decision.orgs, year, today: todayOf(now) },
        report,
      );
      await recordAudit(tx, {
        action: 'org_import.commit',
        entity: 'org_import',
        entityId: id,
        after: {
          fileName: head.fileName,
          sheetName: head.sheetName,
          year,
          counts: decision.counts,
          createdOrgIds: written.inserted.map((r) => r.id),
          updatedOrgIds: written.updated.map((r) => r.id),
        },
      });
      await updateImport(tx.db, tx.tenantId, id, {
        status: 'committed',
        progress: 100,
        counts: decision.counts,
        preview: { rows: preview.rows, evaluations: decision.evaluations },
        reportPath: null,
        committedAt: now,
        error: null,
      });
      if (written.inserted.length + written.updated.length > 0) contentChanged(tx, ['orgs']);
    });
  } catch (err) {
    const message = err instanceof AppError ? err.message : FAILED_MESSAGE;
    if (!(err instanceof AppError)) ctx.log.error({ err, importId: id }, 'import commit failed');
    await updateImport(ctx.db, ctx.tenantId, id, { status: 'failed', error: message, progress: 0 }).catch(
      (e: unknown) => ctx.log.error({ err: e, importId: id }, 'could not mark import failed'),
    );
  }
}

/** Starts the commit of a dry-run import in the background; poll GET /org-imports/:id. */
export async function startCommit(env: ImportEnv, id: string): Promise<ImportDto> {
  const { ctx } = env;
  assertRegistryWriter(ctx);
  await loadImport(ctx, id);
  const claimed = await claimImport(ctx.db, ctx.tenantId, id, ['previewed'], {
    status: 'committing',
    progress: 0,
  });
  if (!claimed) throw wrongStep('Chỉ nhập vào sổ sau khi kiểm tra xong (và chưa nhập lần nào).');
  startImportJob(id, (report) => runCommit(env, id, report));
  return getImport(ctx, id);
}

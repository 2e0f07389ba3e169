import { contentChanged } from '../../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertRegistryWriter } from '../org-access.ts';
import { moveOrgData } from './org-merge.repo.ts';
import { removeOrgSearch } from './org-search.ts';
import type { OrgDto } from './orgs.dto.ts';
import * as repo from './orgs.repo.ts';
import { presentOrgDto } from './orgs.service.ts';

/**
 * Merges a duplicate record into the one kept (same tenant): its figures, ratings, reports,
 * status history, union links, attachments and representatives move where the kept record has
 * none for the same key; the duplicate stays (marked merged, out of every list and of search)
 * so its history and audit trail remain. Returns the kept record.
 */
export async function mergeOrganizations(ctx: Ctx, sourceId: string, targetId: string): Promise<OrgDto> {
  assertRegistryWriter(ctx);
  if (sourceId === targetId) {
    throw new AppError('VALIDATION', {
      fieldErrors: { intoId: 'Không thể hợp nhất một tổ chức với chính nó' },
    });
  }
  return inTransaction(ctx, async (tx) => {
    const source = await repo.findOrg(tx.db, tx.tenantId, sourceId);
    if (!source) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy tổ chức cần hợp nhất.' });
    const target = await repo.findOrg(tx.db, tx.tenantId, targetId);
    if (!target) {
      throw new AppError('VALIDATION', { fieldErrors: { intoId: 'Không tìm thấy tổ chức giữ lại' } });
    }
    const moved = await moveOrgData(tx.db, tx.tenantId, sourceId, targetId, {
      asUnion: target.kind === 'LHHTX',
      asMember: target.kind === 'HTX' || target.kind === 'QTDND',
    });
    await repo.markMerged(tx.db, tx.tenantId, sourceId, targetId);
    await repo.touchOrg(tx.db, tx.tenantId, targetId);
    await removeOrgSearch(tx, sourceId);
    const before = await presentOrgDto(tx, source);
    await recordAudit(tx, {
      action: 'org.merge',
      entity: 'org',
      entityId: sourceId,
      before,
      after: { mergedIntoId: targetId, mergedIntoName: target.name, moved },
    });
    await recordAudit(tx, {
      action: 'org.merge_into',
      entity: 'org',
      entityId: targetId,
      after: {
        mergedFromId: sourceId,
        mergedFromName: source.name,
        mergedFromRegCode: source.regCode,
        moved,
      },
    });
    contentChanged(tx, ['orgs']);
    const kept = await repo.findOrg(tx.db, tx.tenantId, targetId);
    if (!kept) throw new AppError('NOT_FOUND');
    return presentOrgDto(tx, kept);
  });
}

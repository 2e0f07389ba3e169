// The documents module's part of "Xóa dữ liệu minh họa" (orchestrated by
// demo-removal.service.ts, in one transaction).
import type { Ctx } from '../../core/context.ts';
import { removeSearchEntries } from '../search/search-index.service.ts';
import * as repo from './documents-demo.repo.ts';

export async function countDemoDocuments(ctx: Ctx): Promise<number> {
  return repo.countDemoDocuments(ctx.db, ctx.tenantId);
}

/** True when the tenant has any legal document, demo or not. */
export async function tenantHasDocuments(ctx: Ctx): Promise<boolean> {
  return repo.anyDocument(ctx.db, ctx.tenantId);
}

/**
 * Deletes the demo documents with their search entries, except those a remaining document names
 * as its replacement (its status would point nowhere): those stay and stop being demo content.
 */
export async function removeDemoDocuments(ctx: Ctx): Promise<{ removed: string[]; kept: string[] }> {
  const all = await repo.selectReplacementLinks(ctx.db, ctx.tenantId);
  const doomed = new Set(all.filter((x) => x.isDemo).map((x) => x.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const x of all) {
      if (!doomed.has(x.id) && x.replacedById && doomed.delete(x.replacedById)) changed = true;
    }
  }
  const removed = [...doomed];
  if (removed.length > 0) {
    await removeSearchEntries(ctx, 'document', removed);
    await repo.deleteDocuments(ctx.db, ctx.tenantId, removed);
  }
  const kept = await repo.keepRemainingDemoDocuments(ctx.db, ctx.tenantId);
  return { removed, kept };
}

/** Whether a document has the file attached. */
export async function documentsHaveFile(ctx: Ctx, mediaId: string): Promise<boolean> {
  return repo.documentHasFile(ctx.db, ctx.tenantId, mediaId);
}

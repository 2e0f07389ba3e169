// The media module's part of demo data (orchestrated by the demo module): counts, removal of the
// demo pictures nothing uses any more, and discarding the pictures of a failed seeding.
import { type Ctx, inTransaction } from '../../core/context.ts';
import * as repo from './media-demo.repo.ts';
import { findMediaUsage } from './media-usage.ts';

export async function countDemoImages(ctx: Ctx): Promise<number> {
  return repo.countDemoImages(ctx.db, ctx.tenantId);
}

/**
 * Asks the content modules whether they show an asset. Article and page bodies refer to a
 * picture by id (data-media-id) or by the content hash in its URL, so both are given.
 */
export type DemoMediaInUse = (ctx: Ctx, media: { id: string; sha256: string }) => Promise<boolean>;

export interface DemoMediaRemoval {
  /** Files of the deleted assets: remove them from the store once the transaction has committed. */
  files: string[];
  removedImages: number;
  /** Demo assets still used, kept and no longer marked as demo. */
  kept: string[];
}

const filesOf = (rows: readonly repo.MediaFiles[]): string[] =>
  rows.flatMap((r) => [r.storagePath, ...r.variants.map((v) => v.path)]);

/**
 * Deletes the demo assets nothing uses: neither the checks given (the modules whose content the
 * media module cannot read, e.g. article and page bodies) nor the media-usage registry (document
 * and organisation attachments). Call it in the removal's transaction, after the demo content
 * that used the pictures is gone.
 */
export async function removeUnusedDemoMedia(
  ctx: Ctx,
  inUse: readonly DemoMediaInUse[],
): Promise<DemoMediaRemoval> {
  const kept: string[] = [];
  for (const asset of await repo.selectDemoMedia(ctx.db, ctx.tenantId)) {
    let used = (await findMediaUsage(ctx, asset.id)).length > 0;
    for (const check of inUse) used ||= await check(ctx, asset);
    if (used) kept.push(asset.id);
  }
  await repo.unflagDemoMedia(ctx.db, ctx.tenantId, kept);
  const removed = await repo.deleteDemoMedia(ctx.db, ctx.tenantId);
  return {
    files: filesOf(removed),
    removedImages: removed.filter((r) => r.kind === 'image').length,
    kept,
  };
}

/**
 * Deletes assets a caller has just created and nothing refers to yet (a seeding that failed
 * half-way), in their own transaction. Returns their files, for the caller to remove.
 */
export async function discardNewMedia(ctx: Ctx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await inTransaction(ctx, (tx) => repo.deleteMediaRows(tx.db, tx.tenantId, ids));
  return filesOf(rows);
}

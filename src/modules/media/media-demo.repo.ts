// The media module's part of demo data: counting, un-flagging and deleting is_demo assets.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { mediaAssets } from './media.tables.ts';

const m = mediaAssets;

export interface MediaFiles {
  id: string;
  kind: string;
  storagePath: string;
  variants: { path: string }[];
}

const files = { id: m.id, kind: m.kind, storagePath: m.storagePath, variants: m.variants };

export async function countDemoImages(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.isDemo, true), eq(m.kind, 'image')));
  return Number(row?.n ?? 0);
}

export async function selectDemoMedia(
  db: Executor,
  tenantId: string,
): Promise<{ id: string; sha256: string }[]> {
  return db
    .select({ id: m.id, sha256: m.sha256 })
    .from(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.isDemo, true)));
}

/** Un-flags demo assets: they have become the alliance's own. */
export async function unflagDemoMedia(db: Executor, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(m)
    .set({ isDemo: false })
    .where(and(eq(m.tenantId, tenantId), inArray(m.id, [...ids])));
}

/** Deletes the tenant's demo assets still flagged; returns their files. */
export async function deleteDemoMedia(db: Executor, tenantId: string): Promise<MediaFiles[]> {
  return db
    .delete(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.isDemo, true)))
    .returning(files);
}

/** Deletes assets by id, without any usage check. Returns their files. */
export async function deleteMediaRows(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<MediaFiles[]> {
  if (ids.length === 0) return [];
  return db
    .delete(m)
    .where(and(eq(m.tenantId, tenantId), inArray(m.id, [...ids])))
    .returning(files);
}

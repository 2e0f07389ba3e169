import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { mediaAssets } from './media.tables.ts';

export type MediaRow = typeof mediaAssets.$inferSelect;
export type MediaInsert = typeof mediaAssets.$inferInsert;

export async function findMedia(db: Executor, tenantId: string, id: string): Promise<MediaRow | undefined> {
  const [row] = await db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.id, id)));
  return row;
}

export async function findMediaByIds(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<MediaRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), inArray(mediaAssets.id, [...ids])));
}

export async function findMediaBySha(
  db: Executor,
  tenantId: string,
  sha256: string,
): Promise<MediaRow | undefined> {
  const [row] = await db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.sha256, sha256)));
  return row;
}

/** Inserts unless the tenant already has these bytes (a concurrent upload won): then undefined. */
export async function insertMediaIfAbsent(db: Executor, row: MediaInsert): Promise<MediaRow | undefined> {
  const [created] = await db
    .insert(mediaAssets)
    .values(row)
    .onConflictDoNothing({ target: [mediaAssets.tenantId, mediaAssets.sha256] })
    .returning();
  return created;
}

export async function updateMedia(
  db: Executor,
  tenantId: string,
  id: string,
  patch: { alt?: string; caption?: string },
): Promise<MediaRow | undefined> {
  const [row] = await db
    .update(mediaAssets)
    .set(patch)
    .where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.id, id)))
    .returning();
  return row;
}

function pgCode(err: unknown): string | undefined {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** 'in_use' when a foreign key (a legal document's attachment) still points at the asset. */
export async function deleteMedia(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<MediaRow | 'in_use' | undefined> {
  try {
    const [row] = await db
      .delete(mediaAssets)
      .where(and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.id, id)))
      .returning();
    return row;
  } catch (err) {
    if (pgCode(err) === '23503') return 'in_use';
    throw err;
  }
}

export interface MediaFilter {
  q?: string | undefined;
  kind?: string | undefined;
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** Newest first; q matches the file name, alt and caption, without diacritics, every word. */
export async function listMedia(
  db: Executor,
  tenantId: string,
  f: MediaFilter,
): Promise<{ rows: MediaRow[]; total: number }> {
  const where: (SQL | undefined)[] = [eq(mediaAssets.tenantId, tenantId)];
  if (f.kind) where.push(eq(mediaAssets.kind, f.kind));
  const haystack = sql`f_unaccent(lower(${mediaAssets.originalName} || ' ' || ${mediaAssets.alt} || ' ' || ${mediaAssets.caption}))`;
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
    where.push(sql`${haystack} like f_unaccent(lower(${`%${escapeLike(word)}%`}))`);
  }
  const cond = and(...where);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(mediaAssets)
      .where(cond)
      .orderBy(desc(mediaAssets.createdAt), desc(mediaAssets.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(mediaAssets).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

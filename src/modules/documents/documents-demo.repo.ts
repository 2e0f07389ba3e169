// The documents module's part of demo data: counting and removing is_demo legal documents.
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { legalDocumentFiles, legalDocuments } from './documents.tables.ts';

const d = legalDocuments;

export async function countDemoDocuments(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function anyDocument(db: Executor, tenantId: string): Promise<boolean> {
  const rows = await db.select({ id: d.id }).from(d).where(eq(d.tenantId, tenantId)).limit(1);
  return rows.length > 0;
}

export async function selectReplacementLinks(
  db: Executor,
  tenantId: string,
): Promise<{ id: string; replacedById: string | null; isDemo: boolean }[]> {
  return db
    .select({ id: d.id, replacedById: d.replacedById, isDemo: d.isDemo })
    .from(d)
    .where(eq(d.tenantId, tenantId));
}

/** Deletes documents; their file links go with them (on delete cascade). */
export async function deleteDocuments(db: Executor, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(d).where(and(eq(d.tenantId, tenantId), inArray(d.id, [...ids])));
}

/** Un-flags the demo documents still left: they have become the alliance's own. */
export async function keepRemainingDemoDocuments(db: Executor, tenantId: string): Promise<string[]> {
  const kept = await db
    .update(d)
    .set({ isDemo: false })
    .where(and(eq(d.tenantId, tenantId), eq(d.isDemo, true)))
    .returning({ id: d.id });
  return kept.map((k) => k.id);
}

export async function documentHasFile(db: Executor, tenantId: string, mediaId: string): Promise<boolean> {
  const rows = await db
    .select({ id: legalDocumentFiles.documentId })
    .from(legalDocumentFiles)
    .where(and(eq(legalDocumentFiles.tenantId, tenantId), eq(legalDocumentFiles.mediaId, mediaId)))
    .limit(1);
  return rows.length > 0;
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { searchEntries } from './search.tables.ts';

export type SearchEntryRow = Omit<typeof searchEntries.$inferInsert, 'tsv' | 'tsvExact' | 'titleFolded'>;

export async function upsertSearchEntry(db: Executor, row: SearchEntryRow): Promise<void> {
  const { tenantId: _t, kind: _k, refId: _r, ...changes } = row;
  await db
    .insert(searchEntries)
    .values(row)
    .onConflictDoUpdate({
      target: [searchEntries.tenantId, searchEntries.kind, searchEntries.refId],
      set: changes,
    });
}

export async function deleteSearchEntry(
  db: Executor,
  tenantId: string,
  kind: string,
  refId: string,
): Promise<void> {
  await db
    .delete(searchEntries)
    .where(
      and(eq(searchEntries.tenantId, tenantId), eq(searchEntries.kind, kind), eq(searchEntries.refId, refId)),
    );
}

export async function deleteSearchEntries(
  db: Executor,
  tenantId: string,
  kind: string,
  refIds: readonly string[],
): Promise<void> {
  if (refIds.length === 0) return;
  await db
    .delete(searchEntries)
    .where(
      and(
        eq(searchEntries.tenantId, tenantId),
        eq(searchEntries.kind, kind),
        inArray(searchEntries.refId, [...refIds]),
      ),
    );
}

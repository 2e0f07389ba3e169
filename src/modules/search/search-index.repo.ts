import { and, eq, inArray, sql } from 'drizzle-orm';
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

// Rows per statement: 10 parameters a row stays far below PostgreSQL's 65,535.
const BULK_CHUNK = 1000;

/** Adds or replaces many entries in a few statements (imports of thousands of rows). */
export async function upsertSearchEntries(db: Executor, rows: readonly SearchEntryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    await db
      .insert(searchEntries)
      .values(rows.slice(i, i + BULK_CHUNK))
      .onConflictDoUpdate({
        target: [searchEntries.tenantId, searchEntries.kind, searchEntries.refId],
        set: {
          url: sql`excluded.url`,
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          body: sql`excluded.body`,
          publishedAt: sql`excluded.published_at`,
          categoryId: sql`excluded.category_id`,
          facet: sql`excluded.facet`,
        },
      });
  }
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

import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { users } from '../../accounts/accounts.tables.ts';
import { orgImports } from '../registry.tables.ts';

export type ImportRow = typeof orgImports.$inferSelect;
export type ImportInsert = typeof orgImports.$inferInsert;
export type ImportPatch = Partial<Omit<ImportInsert, 'tenantId' | 'id' | 'createdAt' | 'createdBy'>>;
/** An import without the dry run's rows (megabytes for large files), plus who made it. */
export type ImportHead = Omit<ImportRow, 'preview'> & { createdByName: string | null };

const i = orgImports;

const headColumns = {
  tenantId: i.tenantId,
  id: i.id,
  createdBy: i.createdBy,
  createdAt: i.createdAt,
  fileName: i.fileName,
  filePath: i.filePath,
  reportPath: i.reportPath,
  sheetName: i.sheetName,
  year: i.year,
  status: i.status,
  mapping: i.mapping,
  choices: i.choices,
  counts: i.counts,
  progress: i.progress,
  error: i.error,
  committedAt: i.committedAt,
  createdByName: users.fullName,
};

export async function insertImport(db: Executor, row: ImportInsert): Promise<void> {
  await db.insert(i).values(row);
}

export async function findImportHead(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ImportHead | undefined> {
  const [row] = await db
    .select(headColumns)
    .from(i)
    .leftJoin(users, eq(users.id, i.createdBy))
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
  return row;
}

export async function findImportPreview(db: Executor, tenantId: string, id: string): Promise<unknown> {
  const [row] = await db
    .select({ preview: i.preview })
    .from(i)
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
  return row?.preview ?? null;
}

export async function updateImport(
  db: Executor,
  tenantId: string,
  id: string,
  patch: ImportPatch,
): Promise<void> {
  await db
    .update(i)
    .set(patch)
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
}

/** Moves an import to a new status only from one of `from`: two clicks cannot both start a run. */
export async function claimImport(
  db: Executor,
  tenantId: string,
  id: string,
  from: readonly string[],
  patch: ImportPatch,
): Promise<boolean> {
  const rows = await db
    .update(i)
    .set(patch)
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id), inArray(i.status, [...from])))
    .returning({ id: i.id });
  return rows.length > 0;
}

export async function listImports(
  db: Executor,
  tenantId: string,
  page: number,
  pageSize: number,
): Promise<{ rows: ImportHead[]; total: number }> {
  const [rows, totals] = await Promise.all([
    db
      .select(headColumns)
      .from(i)
      .leftJoin(users, eq(users.id, i.createdBy))
      .where(eq(i.tenantId, tenantId))
      .orderBy(desc(i.createdAt), desc(i.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(i).where(eq(i.tenantId, tenantId)),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

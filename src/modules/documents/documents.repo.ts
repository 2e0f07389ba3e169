import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { legalDocumentFiles, legalDocuments } from './documents.tables.ts';

export type DocumentRow = typeof legalDocuments.$inferSelect;
export type DocumentInsert = typeof legalDocuments.$inferInsert;
type DocumentChanges = Partial<Omit<DocumentInsert, 'id' | 'tenantId' | 'createdAt'>>;

const d = legalDocuments;
const files = legalDocumentFiles;

export async function findDocument(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.id, id)));
  return row;
}

export async function findDocumentsByIds(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(d)
    .where(and(eq(d.tenantId, tenantId), inArray(d.id, [...ids])));
}

export async function insertDocument(db: Executor, row: DocumentInsert): Promise<DocumentRow> {
  const [created] = await db.insert(d).values(row).returning();
  if (!created) throw new Error('document insert returned nothing');
  return created;
}

export async function updateDocument(
  db: Executor,
  tenantId: string,
  id: string,
  changes: DocumentChanges,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .update(d)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(d.tenantId, tenantId), eq(d.id, id)))
    .returning();
  return row;
}

export async function deleteDocument(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .delete(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.id, id)))
    .returning();
  return row;
}

/** Media ids attached to a document, in display order. */
export async function listFileIds(db: Executor, tenantId: string, documentId: string): Promise<string[]> {
  const rows = await db
    .select({ mediaId: files.mediaId })
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.documentId, documentId)))
    .orderBy(asc(files.position));
  return rows.map((r) => r.mediaId);
}

export async function replaceFiles(
  db: Executor,
  tenantId: string,
  documentId: string,
  mediaIds: readonly string[],
): Promise<void> {
  await db.delete(files).where(and(eq(files.tenantId, tenantId), eq(files.documentId, documentId)));
  if (mediaIds.length === 0) return;
  await db
    .insert(files)
    .values(mediaIds.map((mediaId, position) => ({ tenantId, documentId, mediaId, position })));
}

/** Documents that name `id` as the one replacing them. */
export async function findReplacedBy(db: Executor, tenantId: string, id: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.replacedById, id)))
    .orderBy(desc(d.issuedOn));
}

export async function findDocumentsWithFile(
  db: Executor,
  tenantId: string,
  mediaId: string,
): Promise<Pick<DocumentRow, 'id' | 'number'>[]> {
  return db
    .select({ id: d.id, number: d.number })
    .from(files)
    .innerJoin(d, eq(d.id, files.documentId))
    .where(and(eq(files.tenantId, tenantId), eq(files.mediaId, mediaId)));
}

export interface DocumentFilter {
  q?: string | undefined;
  docType?: string | undefined;
  issuer?: string | undefined;
  field?: string | undefined;
  year?: number | undefined;
  status?: string | undefined;
  published?: boolean | undefined;
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function conditions(tenantId: string, f: Omit<DocumentFilter, 'page' | 'pageSize'>): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(d.tenantId, tenantId)];
  if (f.published !== undefined) where.push(eq(d.published, f.published));
  if (f.docType) where.push(eq(d.docType, f.docType));
  if (f.issuer) where.push(eq(d.issuer, f.issuer));
  if (f.field) where.push(eq(d.field, f.field));
  if (f.status) where.push(eq(d.status, f.status));
  if (f.year) {
    where.push(
      sql`${d.issuedOn} >= ${`${f.year}-01-01`}::date and ${d.issuedOn} < ${`${f.year + 1}-01-01`}::date`,
    );
  }
  // Every word must appear in the number or the summary, diacritics ignored ("quyet dinh 12").
  const haystack = sql`f_unaccent(lower(${d.number} || ' ' || ${d.docType} || ' ' || ${d.summary}))`;
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
    where.push(sql`${haystack} like f_unaccent(lower(${`%${escapeLike(word)}%`}))`);
  }
  return and(...where);
}

/** Newest issue date first. */
export async function listDocuments(
  db: Executor,
  tenantId: string,
  f: DocumentFilter,
): Promise<{ rows: DocumentRow[]; total: number }> {
  const cond = conditions(tenantId, f);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(d)
      .where(cond)
      .orderBy(desc(d.issuedOn), desc(d.createdAt), desc(d.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(d).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export interface DocumentFacets {
  issuers: string[];
  fields: string[];
  years: number[];
}

/** The values the public filter offers: only those that published documents have. */
export async function publishedFacets(db: Executor, tenantId: string): Promise<DocumentFacets> {
  const published = and(eq(d.tenantId, tenantId), eq(d.published, true));
  const [issuers, fields, years] = await Promise.all([
    db.selectDistinct({ v: d.issuer }).from(d).where(published).orderBy(asc(d.issuer)),
    db
      .selectDistinct({ v: d.field })
      .from(d)
      .where(and(published, sql`${d.field} <> ''`))
      .orderBy(asc(d.field)),
    db
      .selectDistinct({ v: sql<number>`extract(year from ${d.issuedOn})::int` })
      .from(d)
      .where(published)
      .orderBy(desc(sql`1`)),
  ]);
  return {
    issuers: issuers.map((r) => r.v),
    fields: fields.map((r) => r.v),
    years: years.map((r) => Number(r.v)),
  };
}

export async function latestPublished(db: Executor, tenantId: string, limit: number): Promise<DocumentRow[]> {
  return db
    .select()
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.published, true)))
    .orderBy(desc(d.issuedOn), desc(d.createdAt), desc(d.id))
    .limit(limit);
}

export async function publishedForSitemap(
  db: Executor,
  tenantId: string,
): Promise<{ id: string; updatedAt: Date }[]> {
  return db
    .select({ id: d.id, updatedAt: d.updatedAt })
    .from(d)
    .where(and(eq(d.tenantId, tenantId), eq(d.published, true)))
    .orderBy(desc(d.updatedAt));
}

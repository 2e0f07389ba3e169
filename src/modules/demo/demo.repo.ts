// Reads and deletes across the content tables for the demo module. The demo content belongs to
// every content module at once (news, documents, pages, media, search, feedback), and its marker
// is the `is_demo` column each of their tables carries; presence, counts and removal are
// questions about all of those rows together, so this one repo reads them directly instead of
// adding a "demo" function to every module. It writes nothing but deletions of is_demo rows and
// what hangs off them (search entries, feedback, orphan tags), and the un-flagging of demo rows
// that staff content still uses.
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../../core/db/types.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { legalDocumentFiles, legalDocuments } from '../documents/documents.tables.ts';
import { feedback } from '../feedback/feedback.tables.ts';
import { mediaAssets } from '../media/media.tables.ts';
import { articles, articleTags, categories, tags } from '../news/news.tables.ts';
import { pages, websiteLinks } from '../pages/pages.tables.ts';
import { searchEntries } from '../search/search.tables.ts';

export interface DemoCounts {
  articles: number;
  documents: number;
  pages: number;
  links: number;
  images: number;
}

async function countWhere(
  db: Executor,
  // biome-ignore lint/suspicious/noExplicitAny: any of the content tables with tenant_id and is_demo.
  table: any,
  where: ReturnType<typeof and>,
): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return Number(row?.n ?? 0);
}

/** How many demo rows of each kind the tenant has. */
export async function countDemoRows(
  db: Executor,
  tenantId: string,
): Promise<DemoCounts & { categories: number }> {
  const [a, d, p, l, i, c] = await Promise.all([
    countWhere(db, articles, and(eq(articles.tenantId, tenantId), eq(articles.isDemo, true))),
    countWhere(
      db,
      legalDocuments,
      and(eq(legalDocuments.tenantId, tenantId), eq(legalDocuments.isDemo, true)),
    ),
    countWhere(db, pages, and(eq(pages.tenantId, tenantId), eq(pages.isDemo, true))),
    countWhere(db, websiteLinks, and(eq(websiteLinks.tenantId, tenantId), eq(websiteLinks.isDemo, true))),
    countWhere(
      db,
      mediaAssets,
      and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.isDemo, true), eq(mediaAssets.kind, 'image')),
    ),
    countWhere(db, categories, and(eq(categories.tenantId, tenantId), eq(categories.isDemo, true))),
  ]);
  return { articles: a, documents: d, pages: p, links: l, images: i, categories: c };
}

/** True when the tenant has any article, legal document or static page (demo or not). */
export async function tenantHasContent(db: Executor, tenantId: string): Promise<boolean> {
  const rows = await db.execute(sql`
    select exists (select 1 from ${articles} where ${articles.tenantId} = ${tenantId})
        or exists (select 1 from ${legalDocuments} where ${legalDocuments.tenantId} = ${tenantId})
        or exists (select 1 from ${pages} where ${pages.tenantId} = ${tenantId}) as found`);
  return Boolean(rowsOf<{ found: boolean }>(rows)[0]?.found);
}

export interface DemoSeedRecord {
  before: unknown;
  after: unknown;
}

/**
 * The latest `demo.seed` audit entry of the tenant. The audit trail is the durable record that
 * demo content was loaded once (so a tenant emptied by "Xóa dữ liệu minh họa" is not refilled at
 * the next start) and keeps the tenant name and settings from before the demo.
 */
export async function findLastDemoSeed(db: Executor, tenantId: string): Promise<DemoSeedRecord | undefined> {
  const [row] = await db
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'demo.seed')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

export interface MediaFiles {
  id: string;
  storagePath: string;
  variants: { path: string }[];
}

export async function findMediaFiles(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<MediaFiles[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: mediaAssets.id, storagePath: mediaAssets.storagePath, variants: mediaAssets.variants })
    .from(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), inArray(mediaAssets.id, [...ids])));
}

/** Deletes media rows (no usage check: for rows this module just created). Returns their files. */
export async function deleteMediaRows(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<MediaFiles[]> {
  if (ids.length === 0) return [];
  return db
    .delete(mediaAssets)
    .where(and(eq(mediaAssets.tenantId, tenantId), inArray(mediaAssets.id, [...ids])))
    .returning({ id: mediaAssets.id, storagePath: mediaAssets.storagePath, variants: mediaAssets.variants });
}

export const filesOf = (rows: readonly MediaFiles[]): string[] =>
  rows.flatMap((r) => [r.storagePath, ...r.variants.map((v) => v.path)]);

// ---------------------------------------------------------------------------------------------
// Removal, step by step; call inside one transaction.

/** Demo articles with what hangs off them: feedback, search entries, then tags nobody uses any more. */
export async function deleteDemoArticles(db: Executor, tenantId: string): Promise<string[]> {
  const ids = (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.tenantId, tenantId), eq(articles.isDemo, true)))
  ).map((r) => r.id);
  if (ids.length === 0) return [];
  const tagIds = (
    await db
      .selectDistinct({ id: articleTags.tagId })
      .from(articleTags)
      .where(and(eq(articleTags.tenantId, tenantId), inArray(articleTags.articleId, ids)))
  ).map((r) => r.id);
  await db.delete(feedback).where(and(eq(feedback.tenantId, tenantId), inArray(feedback.articleId, ids)));
  await db
    .delete(searchEntries)
    .where(
      and(
        eq(searchEntries.tenantId, tenantId),
        eq(searchEntries.kind, 'article'),
        inArray(searchEntries.refId, ids),
      ),
    );
  // Revisions, tag links and old slugs go with the article (on delete cascade).
  await db.delete(articles).where(and(eq(articles.tenantId, tenantId), inArray(articles.id, ids)));
  if (tagIds.length > 0) {
    await db
      .delete(tags)
      .where(
        and(
          eq(tags.tenantId, tenantId),
          inArray(tags.id, tagIds),
          sql`not exists (select 1 from ${articleTags} where ${articleTags.tagId} = ${tags.id})`,
        ),
      );
  }
  return ids;
}

/**
 * Demo categories no article uses (all demo articles are gone by now) and with no remaining
 * child, leaves first. Those still in use by staff stay and stop being demo content.
 */
export async function deleteDemoCategories(
  db: Executor,
  tenantId: string,
): Promise<{ removed: string[]; kept: string[] }> {
  const removed: string[] = [];
  for (;;) {
    const gone = await db
      .delete(categories)
      .where(
        and(
          eq(categories.tenantId, tenantId),
          eq(categories.isDemo, true),
          sql`not exists (select 1 from ${articles} where ${articles.tenantId} = ${tenantId} and ${articles.categoryId} = ${categories.id})`,
          sql`not exists (select 1 from ${categories} as child where child.tenant_id = ${tenantId} and child.parent_id = ${categories.id})`,
        ),
      )
      .returning({ id: categories.id });
    if (gone.length === 0) break;
    removed.push(...gone.map((g) => g.id));
  }
  const kept = await db
    .update(categories)
    .set({ isDemo: false })
    .where(and(eq(categories.tenantId, tenantId), eq(categories.isDemo, true)))
    .returning({ id: categories.id });
  return { removed, kept: kept.map((k) => k.id) };
}

/**
 * Demo documents, except those a remaining document names as its replacement (its status would
 * point nowhere): those stay and stop being demo content. File links go with the document.
 */
export async function deleteDemoDocuments(
  db: Executor,
  tenantId: string,
): Promise<{ removed: string[]; kept: string[] }> {
  const all = await db
    .select({
      id: legalDocuments.id,
      replacedById: legalDocuments.replacedById,
      isDemo: legalDocuments.isDemo,
    })
    .from(legalDocuments)
    .where(eq(legalDocuments.tenantId, tenantId));
  const doomed = new Set(all.filter((d) => d.isDemo).map((d) => d.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of all) {
      if (!doomed.has(d.id) && d.replacedById && doomed.delete(d.replacedById)) changed = true;
    }
  }
  const removed = [...doomed];
  if (removed.length > 0) {
    await db
      .delete(searchEntries)
      .where(
        and(
          eq(searchEntries.tenantId, tenantId),
          eq(searchEntries.kind, 'document'),
          inArray(searchEntries.refId, removed),
        ),
      );
    await db
      .delete(legalDocuments)
      .where(and(eq(legalDocuments.tenantId, tenantId), inArray(legalDocuments.id, removed)));
  }
  const kept = await db
    .update(legalDocuments)
    .set({ isDemo: false })
    .where(and(eq(legalDocuments.tenantId, tenantId), eq(legalDocuments.isDemo, true)))
    .returning({ id: legalDocuments.id });
  return { removed, kept: kept.map((k) => k.id) };
}

export async function deleteDemoPages(db: Executor, tenantId: string): Promise<string[]> {
  const gone = await db
    .delete(pages)
    .where(and(eq(pages.tenantId, tenantId), eq(pages.isDemo, true)))
    .returning({ id: pages.id });
  const ids = gone.map((g) => g.id);
  if (ids.length > 0) {
    await db
      .delete(searchEntries)
      .where(
        and(
          eq(searchEntries.tenantId, tenantId),
          eq(searchEntries.kind, 'page'),
          inArray(searchEntries.refId, ids),
        ),
      );
  }
  return ids;
}

export async function deleteDemoLinks(db: Executor, tenantId: string): Promise<string[]> {
  const gone = await db
    .delete(websiteLinks)
    .where(and(eq(websiteLinks.tenantId, tenantId), eq(websiteLinks.isDemo, true)))
    .returning({ id: websiteLinks.id });
  return gone.map((g) => g.id);
}

/**
 * Demo media nothing remaining uses: not a cover, not attached to a document, not in the body of
 * an article or page (by id in data-media-id, or by the content hash in its URL). Those still used
 * stay and stop being demo content. Returns the deleted rows' files, to remove after the commit.
 */
export async function deleteDemoMedia(
  db: Executor,
  tenantId: string,
): Promise<{ removed: MediaFiles[]; removedImages: number; kept: string[] }> {
  const used = sql`(
    exists (select 1 from ${articles} a where a.tenant_id = ${tenantId} and (
      a.cover_media_id = ${mediaAssets.id}
      or position(${mediaAssets.id}::text in a.body_html) > 0
      or position(${mediaAssets.sha256} in a.body_html) > 0))
    or exists (select 1 from ${pages} p where p.tenant_id = ${tenantId} and (
      position(${mediaAssets.id}::text in p.body_html) > 0
      or position(${mediaAssets.sha256} in p.body_html) > 0))
    or exists (select 1 from ${legalDocumentFiles} f where f.media_id = ${mediaAssets.id}))`;
  const demo = and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.isDemo, true));
  const kept = await db
    .update(mediaAssets)
    .set({ isDemo: false })
    .where(and(demo, used))
    .returning({ id: mediaAssets.id });
  const removed = await db.delete(mediaAssets).where(demo).returning({
    id: mediaAssets.id,
    kind: mediaAssets.kind,
    storagePath: mediaAssets.storagePath,
    variants: mediaAssets.variants,
  });
  return {
    removed,
    removedImages: removed.filter((r) => r.kind === 'image').length,
    kept: kept.map((k) => k.id),
  };
}

/** For tests and the API: any demo row left at all. */
export async function demoPresent(db: Executor, tenantId: string): Promise<boolean> {
  const c = await countDemoRows(db, tenantId);
  return Object.values(c).some((n) => n > 0);
}

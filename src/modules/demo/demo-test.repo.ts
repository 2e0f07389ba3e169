// Test support (not loaded by the app): what the demo tests read straight from the tables.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { auditLog } from '../audit/audit.tables.ts';
import { legalDocuments } from '../documents/documents.tables.ts';
import { feedback } from '../feedback/feedback.tables.ts';
import { mediaAssets } from '../media/media.tables.ts';
import { articles, categories } from '../news/news.tables.ts';
import { pages, websiteLinks } from '../pages/pages.tables.ts';
import {
  organizations,
  orgFigures,
  orgRatings,
  orgReports,
  orgStatusHistory,
  orgUnionMembers,
} from '../registry/registry.tables.ts';
import { searchEntries } from '../search/search.tables.ts';
import { tenants } from '../tenants/tenants.tables.ts';

export function articleRows(db: Executor, tenantId: string) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      isDemo: articles.isDemo,
      categoryId: articles.categoryId,
    })
    .from(articles)
    .where(eq(articles.tenantId, tenantId))
    .orderBy(asc(articles.createdAt));
}

export function categoryRows(db: Executor, tenantId: string) {
  return db.select().from(categories).where(eq(categories.tenantId, tenantId));
}

export function mediaRows(db: Executor, tenantId: string) {
  return db.select().from(mediaAssets).where(eq(mediaAssets.tenantId, tenantId));
}

export function documentRows(db: Executor, tenantId: string) {
  return db.select().from(legalDocuments).where(eq(legalDocuments.tenantId, tenantId));
}

export function pageRows(db: Executor, tenantId: string) {
  return db.select({ id: pages.id, slug: pages.slug }).from(pages).where(eq(pages.tenantId, tenantId));
}

export function linkRows(db: Executor, tenantId: string) {
  return db.select({ id: websiteLinks.id }).from(websiteLinks).where(eq(websiteLinks.tenantId, tenantId));
}

export function auditRows(db: Executor, tenantId: string, actions: string[]) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), inArray(auditLog.action, actions)))
    .orderBy(asc(auditLog.id));
}

export async function tenantRow(db: Executor, tenantId: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  return row;
}

export async function searchRefIds(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ refId: searchEntries.refId })
    .from(searchEntries)
    .where(eq(searchEntries.tenantId, tenantId));
  return rows.map((r) => r.refId);
}

/** Two pieces of reader feedback: one on the article, one from the general form. */
export async function insertFeedbackPair(db: Executor, tenantId: string, articleId: string): Promise<void> {
  const reader = {
    tenantId,
    name: 'Bạn đọc',
    email: 'ban.doc@example.vn',
    message: 'Bài viết hay.',
    ipHash: 'x',
  };
  await db.insert(feedback).values([
    { ...reader, articleId },
    { ...reader, articleId: null },
  ]);
}

export async function feedbackArticleIds(db: Executor, tenantId: string): Promise<(string | null)[]> {
  const rows = await db
    .select({ articleId: feedback.articleId })
    .from(feedback)
    .where(eq(feedback.tenantId, tenantId));
  return rows.map((r) => r.articleId);
}

export function orgRows(db: Executor, tenantId: string) {
  return db
    .select({
      id: organizations.id,
      kind: organizations.kind,
      name: organizations.name,
      slug: organizations.slug,
      status: organizations.status,
      provinceCode: organizations.provinceCode,
      communeCode: organizations.communeCode,
      addressOriginal: organizations.addressOriginal,
      allianceMemberSince: organizations.allianceMemberSince,
      isDemo: organizations.isDemo,
    })
    .from(organizations)
    .where(eq(organizations.tenantId, tenantId));
}

/** Rows hanging off the tenant's organisations, per table. */
export async function registryRowCounts(db: Executor, tenantId: string) {
  const n = async (
    // biome-ignore lint/suspicious/noExplicitAny: any registry table with tenant_id.
    table: any,
  ) => Number((await db.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId)))[0]?.n ?? 0);
  return {
    figures: await n(orgFigures),
    ratings: await n(orgRatings),
    reports: await n(orgReports),
    statusHistory: await n(orgStatusHistory),
    unionLinks: await n(orgUnionMembers),
  };
}

export function figureYears(db: Executor, tenantId: string) {
  return db
    .selectDistinct({ year: orgFigures.year })
    .from(orgFigures)
    .where(eq(orgFigures.tenantId, tenantId))
    .orderBy(asc(orgFigures.year));
}

export function ratingRows(db: Executor, tenantId: string) {
  return db
    .select({ year: orgRatings.year, grade: orgRatings.grade, score: orgRatings.score })
    .from(orgRatings)
    .where(eq(orgRatings.tenantId, tenantId));
}

export function reportRows(db: Executor, tenantId: string) {
  return db
    .select({ year: orgReports.year, status: orgReports.status })
    .from(orgReports)
    .where(eq(orgReports.tenantId, tenantId));
}

export async function searchEntryKinds(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ kind: searchEntries.kind })
    .from(searchEntries)
    .where(eq(searchEntries.tenantId, tenantId));
  return rows.map((r) => r.kind);
}

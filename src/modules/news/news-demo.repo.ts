// The newsroom's part of demo data: counting, finding and removing is_demo articles and
// categories, and telling whether an article still shows a picture.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { articles, articleTags, categories, tags } from './news.tables.ts';

export async function countDemoArticles(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function countDemoCategories(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function anyArticle(db: Executor, tenantId: string): Promise<boolean> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.tenantId, tenantId))
    .limit(1);
  return rows.length > 0;
}

export async function selectDemoArticleIds(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.isDemo, true)));
  return rows.map((r) => r.id);
}

/**
 * Deletes the articles (revisions, tag links and old slugs go with them: on delete cascade),
 * then the tags they used that no article uses any more.
 */
export async function deleteArticlesAndOrphanTags(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const tagIds = (
    await db
      .selectDistinct({ id: articleTags.tagId })
      .from(articleTags)
      .where(and(eq(articleTags.tenantId, tenantId), inArray(articleTags.articleId, [...ids])))
  ).map((r) => r.id);
  await db.delete(articles).where(and(eq(articles.tenantId, tenantId), inArray(articles.id, [...ids])));
  if (tagIds.length === 0) return;
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

/**
 * Demo categories no article uses and with no remaining child, leaves first. Those still in use
 * stay and stop being demo content.
 */
export async function deleteUnusedDemoCategories(
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
 * Whether an article shows the picture: as its cover, or in its body (by id in data-media-id, or
 * by the content hash in the picture's URL).
 */
export async function articleShowsMedia(
  db: Executor,
  tenantId: string,
  media: { id: string; sha256: string },
): Promise<boolean> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.tenantId, tenantId),
        sql`(${articles.coverMediaId} = ${media.id}
          or position(${media.id} in ${articles.bodyHtml}) > 0
          or position(${media.sha256} in ${articles.bodyHtml}) > 0)`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

import { and, asc, desc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { articles } from '../news/news.tables.ts';
import { visitDays } from './stats.tables.ts';
import type { ArticleViews, DayCounts } from './visit-tracker.ts';

/** Adds a batch of day counts, all tenants and days, in one statement. */
export async function addVisitDays(db: Executor, days: readonly DayCounts[]): Promise<void> {
  if (days.length === 0) return;
  await db.execute(sql`
    insert into ${visitDays} (tenant_id, day, visits, page_views)
    select * from unnest(
      ${sql.param(days.map((d) => d.tenantId))}::uuid[],
      ${sql.param(days.map((d) => d.day))}::date[],
      ${sql.param(days.map((d) => d.visits))}::bigint[],
      ${sql.param(days.map((d) => d.pageViews))}::bigint[]
    )
    on conflict (tenant_id, day) do update
      set visits = ${visitDays}.visits + excluded.visits,
          page_views = ${visitDays}.page_views + excluded.page_views`);
}

/**
 * Adds a batch of article views in one statement. It writes the news module's table: the counter
 * is the stats module's business and a per-view call into news would defeat the batching.
 * updated_at and version stay untouched, so an editor's optimistic lock is not disturbed.
 */
export async function addArticleViews(db: Executor, views: readonly ArticleViews[]): Promise<void> {
  if (views.length === 0) return;
  await db.execute(sql`
    update ${articles} as a set view_count = a.view_count + v.n
    from unnest(
      ${sql.param(views.map((v) => v.tenantId))}::uuid[],
      ${sql.param(views.map((v) => v.articleId))}::uuid[],
      ${sql.param(views.map((v) => v.views))}::bigint[]
    ) as v(tenant_id, id, n)
    where a.id = v.id and a.tenant_id = v.tenant_id`);
}

export async function sumVisits(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`coalesce(sum(${visitDays.visits}), 0)` })
    .from(visitDays)
    .where(eq(visitDays.tenantId, tenantId));
  return Number(row?.n ?? 0);
}

export async function listVisitDays(
  db: Executor,
  tenantId: string,
  from: string,
  to: string,
): Promise<{ day: string; visits: number; pageViews: number }[]> {
  return db
    .select({ day: visitDays.day, visits: visitDays.visits, pageViews: visitDays.pageViews })
    .from(visitDays)
    .where(and(eq(visitDays.tenantId, tenantId), gte(visitDays.day, from), lte(visitDays.day, to)))
    .orderBy(asc(visitDays.day));
}

export interface ArticleViewRow {
  id: string;
  title: string;
  slug: string;
  viewCount: number;
  publishedAt: Date | null;
}

const viewColumns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  viewCount: articles.viewCount,
  publishedAt: articles.publishedAt,
};

/** Articles readers can see now: published, and not scheduled for later. */
const publicAt = (tenantId: string, now: Date) =>
  and(eq(articles.tenantId, tenantId), eq(articles.status, 'published'), lte(articles.publishedAt, now));

/** Public articles with saved views, most viewed first (reads the news table, like the flush writes it). */
export async function listMostViewed(
  db: Executor,
  tenantId: string,
  limit: number,
  now: Date,
): Promise<ArticleViewRow[]> {
  return db
    .select(viewColumns)
    .from(articles)
    .where(and(publicAt(tenantId, now), gt(articles.viewCount, 0)))
    .orderBy(desc(articles.viewCount), desc(articles.publishedAt))
    .limit(limit);
}

export async function findArticleViews(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
  now: Date,
): Promise<ArticleViewRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(viewColumns)
    .from(articles)
    .where(and(publicAt(tenantId, now), inArray(articles.id, [...ids])));
}

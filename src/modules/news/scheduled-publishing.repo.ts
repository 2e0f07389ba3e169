import { and, eq, gt, lte, notExists, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { searchEntries } from '../search/search.tables.ts';
import type { ArticleRow } from './article.repo.ts';
import { articles } from './news.tables.ts';

const published = (tenantId: string, now: Date) =>
  and(eq(articles.tenantId, tenantId), eq(articles.status, 'published'), lte(articles.publishedAt, now));

/** Scheduled articles whose time came in (since, now]. */
export async function findBecameVisible(
  db: Executor,
  tenantId: string,
  since: Date,
  now: Date,
): Promise<ArticleRow[]> {
  return db
    .select()
    .from(articles)
    .where(and(published(tenantId, now), gt(articles.publishedAt, since)));
}

/** Visible articles missing from the search index (after a restart, or a crash between ticks). */
export async function findVisibleUnindexed(
  db: Executor,
  tenantId: string,
  now: Date,
  limit: number,
): Promise<ArticleRow[]> {
  return db
    .select()
    .from(articles)
    .where(
      and(
        published(tenantId, now),
        notExists(
          db
            .select({ one: sql`1` })
            .from(searchEntries)
            .where(
              and(
                eq(searchEntries.tenantId, articles.tenantId),
                eq(searchEntries.kind, 'article'),
                eq(searchEntries.refId, articles.id),
              ),
            ),
        ),
      ),
    )
    .limit(limit);
}

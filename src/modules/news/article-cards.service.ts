import type { Ctx } from '../../core/context.ts';
import { findCoverSources } from './article-cover.repo.ts';
import { type CardFilter, type CardRow, listCards } from './article-public.repo.ts';
import { articleUrl, categoryUrl, withDescendants } from './category-tree.ts';
import { type CoverImage, coverImage } from './cover-image.ts';
import { publicCategories, visibleArticlesMemo } from './public-reads.ts';

/** An article as lists show it: home blocks, category pages, "Mới nhất". */
export interface ArticleCard {
  id: string;
  slug: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
  cover: CoverImage | null;
}

export interface HomeCategory {
  id: string;
  name: string;
  slug: string;
  url: string;
}

export interface PublishedArticlesQuery {
  /** Includes the category's subcategories. */
  categoryId?: string;
  featured?: boolean;
  limit: number;
  offset?: number;
  /** The request's clock (req.server.deps.clock()); defaults to the real time. Scheduled articles appear after it. */
  now?: Date;
}

/** Rows → cards, with the covers of the whole list read in one query. */
export async function cardsFromRows(
  ctx: Ctx,
  rows: readonly CardRow[],
  withCovers = true,
): Promise<ArticleCard[]> {
  const ids = withCovers ? rows.flatMap((r) => (r.coverMediaId ? [r.coverMediaId] : [])) : [];
  const covers = await findCoverSources(ctx.db, ctx.tenantId, ids);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    url: articleUrl(r.slug),
    title: r.title,
    summary: r.summary,
    publishedAt: r.publishedAt ?? new Date(0),
    categoryName: r.categoryName ?? '',
    categorySlug: r.categorySlug ?? '',
    cover: r.coverMediaId ? coverImage(covers.get(r.coverMediaId)) : null,
  }));
}

/**
 * Published articles, newest first; two or three queries whatever the limit, and none while the
 * same list is kept from an earlier render (public-reads.ts). The result is shared: do not mutate.
 */
export async function listPublishedArticles(ctx: Ctx, q: PublishedArticlesQuery): Promise<ArticleCard[]> {
  const now = q.now ?? new Date();
  const limit = Math.max(0, Math.min(q.limit, 100));
  const offset = Math.max(0, q.offset ?? 0);
  const key = `cards|${q.categoryId ?? ''}|${q.featured ?? ''}|${limit}|${offset}`;
  return visibleArticlesMemo(ctx, key, now, async () => {
    const filter: CardFilter = {};
    if (q.categoryId) filter.categoryIds = withDescendants(await publicCategories(ctx, now), q.categoryId);
    if (q.featured !== undefined) filter.featured = q.featured;
    const rows = await listCards(ctx.db, ctx.tenantId, now, { ...filter, limit, offset });
    return cardsFromRows(ctx, rows);
  });
}

/** Top-level categories marked "show on home", in their order. */
export async function listHomeCategories(ctx: Ctx, now: Date = new Date()): Promise<HomeCategory[]> {
  const all = await publicCategories(ctx, now);
  return all
    .filter((c) => c.parentId === null && c.showOnHome)
    .map((c) => ({ id: c.id, name: c.name, slug: c.slug, url: categoryUrl(c.slug) }));
}

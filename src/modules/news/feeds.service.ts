import type { Ctx } from '../../core/context.ts';
import { type ArticleCard, cardsFromRows } from './article-cards.service.ts';
import { listCards, listSitemapArticles } from './article-public.repo.ts';
import { type CategoryRow, listCategories } from './category.repo.ts';
import { articleUrl, categoryUrl, withDescendants } from './category-tree.ts';
import { publicCategories } from './public-reads.ts';
import { SITEMAP_MAX_URLS, type SitemapUrl } from './sitemap-xml.ts';

export const RSS_ITEMS = 30;

export interface FeedData {
  category: CategoryRow | null;
  cards: ArticleCard[];
}

/** The latest articles, of all news or of a category and its subcategories; null for an unknown category. */
export async function loadFeed(ctx: Ctx, now: Date, categorySlug?: string): Promise<FeedData | null> {
  let category: CategoryRow | null = null;
  let categoryIds: string[] | undefined;
  if (categorySlug !== undefined) {
    const all = await publicCategories(ctx, now);
    category = all.find((c) => c.slug === categorySlug) ?? null;
    if (!category) return null;
    categoryIds = withDescendants(all, category.id);
  }
  const rows = await listCards(ctx.db, ctx.tenantId, now, {
    ...(categoryIds ? { categoryIds } : {}),
    limit: RSS_ITEMS,
  });
  return { category, cards: await cardsFromRows(ctx, rows, false) };
}

/** One sitemap file of articles (1-based); empty past the end. */
export async function articleSitemapUrls(
  ctx: Ctx,
  now: Date,
  origin: string,
  file: number,
): Promise<SitemapUrl[]> {
  const rows = await listSitemapArticles(
    ctx.db,
    ctx.tenantId,
    now,
    SITEMAP_MAX_URLS,
    (file - 1) * SITEMAP_MAX_URLS,
  );
  return rows.map((r) => ({ loc: new URL(articleUrl(r.slug), origin).href, lastmod: r.lastmod }));
}

/** /tin-tuc and every category page. */
export async function categorySitemapUrls(ctx: Ctx, origin: string): Promise<SitemapUrl[]> {
  const all = await listCategories(ctx.db, ctx.tenantId);
  return [
    { loc: new URL('/tin-tuc', origin).href },
    ...all.map((c) => ({ loc: new URL(categoryUrl(c.slug), origin).href, lastmod: c.updatedAt })),
  ];
}

import type { Ctx } from '../../core/context.ts';
import { type ArticleCard, cardsFromRows } from './article-cards.service.ts';
import { countCards, listCards } from './article-public.repo.ts';
import type { CategoryRow } from './category.repo.ts';
import { ancestry, categoryUrl, withDescendants } from './category-tree.ts';
import { publicCategories, visibleArticlesMemo } from './public-reads.ts';

export const NEWS_PAGE_SIZE = 20;

export interface CategoryView {
  id: string;
  name: string;
  slug: string;
  url: string;
  description: string;
}

export interface NewsListPage {
  /** Null on /tin-tuc (all news). */
  category: CategoryView | null;
  /** Root first, without the category itself. */
  parents: CategoryView[];
  /** Subcategories on a category page, top-level categories on /tin-tuc. */
  children: CategoryView[];
  cards: ArticleCard[];
  page: number;
  pageCount: number;
  total: number;
}

const view = (c: CategoryRow): CategoryView => ({
  id: c.id,
  name: c.name,
  slug: c.slug,
  url: categoryUrl(c.slug),
  description: c.description,
});

/**
 * One page of published news, of a category (with its subcategories) or of all. Null when the
 * category does not exist. A page past the end comes back with no cards: the caller answers 404.
 */
export async function loadNewsList(
  ctx: Ctx,
  now: Date,
  page: number,
  categorySlug?: string,
): Promise<NewsListPage | null> {
  const all = await publicCategories(ctx, now);
  const category = categorySlug === undefined ? undefined : all.find((c) => c.slug === categorySlug);
  if (categorySlug !== undefined && !category) return null;
  const filter = category ? { categoryIds: withDescendants(all, category.id) } : {};
  // The same count serves every page of the list: kept like the category tree.
  const total = await visibleArticlesMemo(ctx, `count|${category?.id ?? ''}`, now, () =>
    countCards(ctx.db, ctx.tenantId, now, filter),
  );
  const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  const rows =
    page > pageCount
      ? []
      : await listCards(ctx.db, ctx.tenantId, now, {
          ...filter,
          limit: NEWS_PAGE_SIZE,
          offset: (page - 1) * NEWS_PAGE_SIZE,
        });
  const parentId = category?.id ?? null;
  return {
    category: category ? view(category) : null,
    parents: category ? ancestry(all, category.id).slice(0, -1).map(view) : [],
    children: all.filter((c) => c.parentId === parentId).map(view),
    cards: await cardsFromRows(ctx, rows),
    page,
    pageCount,
    total,
  };
}

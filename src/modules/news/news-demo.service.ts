// The newsroom's part of "Xóa dữ liệu minh họa" (orchestrated by demo-removal.service.ts, in one
// transaction): counts, removal of demo articles and categories, and picture usage.
import type { Ctx } from '../../core/context.ts';
import { removeSearchEntries } from '../search/search-index.service.ts';
import * as repo from './news-demo.repo.ts';

export async function countDemoNews(ctx: Ctx): Promise<{ articles: number; categories: number }> {
  // One after the other: inside a transaction there is one connection.
  const articles = await repo.countDemoArticles(ctx.db, ctx.tenantId);
  const categories = await repo.countDemoCategories(ctx.db, ctx.tenantId);
  return { articles, categories };
}

/** True when the tenant has any article, demo or not. */
export async function tenantHasArticles(ctx: Ctx): Promise<boolean> {
  return repo.anyArticle(ctx.db, ctx.tenantId);
}

/** Ids of the demo articles: what else hangs off them (reader feedback) goes before they do. */
export async function demoArticleIds(ctx: Ctx): Promise<string[]> {
  return repo.selectDemoArticleIds(ctx.db, ctx.tenantId);
}

export interface DemoNewsRemoval {
  /** Ids of the deleted articles. */
  articles: string[];
  categories: { removed: string[]; kept: string[] };
}

/**
 * Deletes the demo articles with their search entries and the tags nobody uses any more, then
 * the demo categories left empty. A demo category still holding a staff article (or a staff
 * sub-category) stays and stops being demo content.
 */
export async function removeDemoNews(ctx: Ctx): Promise<DemoNewsRemoval> {
  const articles = await repo.selectDemoArticleIds(ctx.db, ctx.tenantId);
  if (articles.length > 0) {
    await removeSearchEntries(ctx, 'article', articles);
    await repo.deleteArticlesAndOrphanTags(ctx.db, ctx.tenantId, articles);
  }
  const categories = await repo.deleteUnusedDemoCategories(ctx.db, ctx.tenantId);
  return { articles, categories };
}

/** Whether any article shows the picture (cover or body). */
export async function articlesShowMedia(ctx: Ctx, media: { id: string; sha256: string }): Promise<boolean> {
  return repo.articleShowsMedia(ctx.db, ctx.tenantId, media);
}

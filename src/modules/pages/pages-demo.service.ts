// The pages module's part of "Xóa dữ liệu minh họa" (orchestrated by demo-removal.service.ts,
// in one transaction): static pages and website links.
import type { Ctx } from '../../core/context.ts';
import { removeSearchEntries } from '../search/search-index.service.ts';
import * as repo from './pages-demo.repo.ts';

export async function countDemoPagesAndLinks(ctx: Ctx): Promise<{ pages: number; links: number }> {
  const pages = await repo.countDemoPages(ctx.db, ctx.tenantId);
  const links = await repo.countDemoLinks(ctx.db, ctx.tenantId);
  return { pages, links };
}

/** True when the tenant has any static page, demo or not. */
export async function tenantHasPages(ctx: Ctx): Promise<boolean> {
  return repo.anyPage(ctx.db, ctx.tenantId);
}

/** Deletes the demo pages with their search entries; returns their ids. */
export async function removeDemoPages(ctx: Ctx): Promise<string[]> {
  const ids = await repo.deleteDemoPages(ctx.db, ctx.tenantId);
  if (ids.length > 0) await removeSearchEntries(ctx, 'page', ids);
  return ids;
}

/** Deletes the demo website links; returns their ids. */
export async function removeDemoLinks(ctx: Ctx): Promise<string[]> {
  return repo.deleteDemoLinks(ctx.db, ctx.tenantId);
}

/** Whether any static page shows the picture in its body. */
export async function pagesShowMedia(ctx: Ctx, media: { id: string; sha256: string }): Promise<boolean> {
  return repo.pageShowsMedia(ctx.db, ctx.tenantId, media);
}

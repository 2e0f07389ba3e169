import type { Ctx } from '../../core/context.ts';
import { listPages } from './pages.repo.ts';
import { pageUrl } from './pages.service.ts';

/** Same shape as documentSitemapEntries: a site-relative path and an ISO date-time. */
export interface PageSitemapEntry {
  path: string;
  lastmod: string;
}

/** /gioi-thieu and every published page, for the sitemap child of static pages. */
export async function pageSitemapEntries(ctx: Ctx): Promise<PageSitemapEntry[]> {
  const rows = await listPages(ctx.db, ctx.tenantId, true);
  const entries = rows.map((r) => ({ path: pageUrl(r.slug), lastmod: r.updatedAt.toISOString() }));
  const newest = entries
    .map((e) => e.lastmod)
    .sort()
    .at(-1);
  return newest ? [{ path: '/gioi-thieu', lastmod: newest }, ...entries] : [];
}

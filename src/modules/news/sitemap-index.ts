import type { Ctx } from '../../core/context.ts';
import { countCards } from './article-public.repo.ts';
import { pagedSitemapPaths } from './sitemap-xml.ts';

/**
 * A child of /sitemap.xml: a fixed path, or a function listing paths (for a section whose sitemap
 * is split into several files). Each module serves its own child files.
 */
export type SitemapChild = string | ((ctx: Ctx, now: Date) => Promise<readonly string[]>);

/** News articles: one file per 50,000. */
export const newsSitemapPaths = async (ctx: Ctx, now: Date): Promise<readonly string[]> =>
  pagedSitemapPaths('sitemap-tin-tuc', await countCards(ctx.db, ctx.tenantId, now, {}));

/** The children of /sitemap.xml. A new section adds one line here. */
export const SITEMAP_CHILDREN: SitemapChild[] = [newsSitemapPaths, '/sitemap-chuyen-muc.xml'];

export async function sitemapChildPaths(ctx: Ctx, now: Date): Promise<string[]> {
  const lists = await Promise.all(
    SITEMAP_CHILDREN.map(async (c) => (typeof c === 'string' ? [c] : [...(await c(ctx, now))])),
  );
  return lists.flat();
}

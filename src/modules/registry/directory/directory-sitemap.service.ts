import type { Ctx } from '../../../core/context.ts';
import { pagedSitemapPaths, SITEMAP_MAX_URLS, type SitemapUrl } from '../../news/sitemap-xml.ts';
import { countListed, selectSitemapRows } from './directory.repo.ts';
import { DIRECTORY_PATH, orgProfilePath } from './directory-list-query.ts';

export const ORG_SITEMAP_STEM = 'sitemap-hop-tac-xa';
// The first file also carries /hop-tac-xa: one place fewer per file keeps every file in the limit.
const PER_FILE = SITEMAP_MAX_URLS - 1;

/** The directory's children of /sitemap.xml: one file per 49,999 organisations. */
export async function orgSitemapPaths(ctx: Ctx): Promise<readonly string[]> {
  return pagedSitemapPaths(ORG_SITEMAP_STEM, await countListed(ctx.db, ctx.tenantId), PER_FILE);
}

/**
 * One sitemap file of the directory (1-based): profile pages with their last change, the first
 * file also /hop-tac-xa (as new as its newest profile). Empty past the end.
 */
export async function orgSitemapUrls(ctx: Ctx, origin: string, file: number): Promise<SitemapUrl[]> {
  const rows = await selectSitemapRows(ctx.db, ctx.tenantId, PER_FILE, (file - 1) * PER_FILE);
  const urls = rows.map((r) => ({ loc: new URL(orgProfilePath(r.slug), origin).href, lastmod: r.updatedAt }));
  if (file !== 1) return urls;
  const newest = rows[0]?.updatedAt;
  return [{ loc: new URL(DIRECTORY_PATH, origin).href, ...(newest ? { lastmod: newest } : {}) }, ...urls];
}

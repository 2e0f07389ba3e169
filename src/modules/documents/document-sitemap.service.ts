import type { Ctx } from '../../core/context.ts';
import { publishedForSitemap } from './documents.repo.ts';
import { documentUrl } from './documents.service.ts';

export interface SitemapEntry {
  /** Site-relative path; the sitemap resolves it against the public origin. */
  path: string;
  /** ISO 8601 date-time of the last change. */
  lastmod: string;
}

/** The documents index and every published document, for the sitemap child "van-ban". */
export async function documentSitemapEntries(ctx: Ctx): Promise<SitemapEntry[]> {
  const rows = await publishedForSitemap(ctx.db, ctx.tenantId);
  const entries = rows.map((r) => ({ path: documentUrl(r.id), lastmod: r.updatedAt.toISOString() }));
  const newest = entries[0]?.lastmod;
  return newest ? [{ path: '/van-ban', lastmod: newest }, ...entries] : [];
}

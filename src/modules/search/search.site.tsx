import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { listSearchCategories, SEARCH_PAGE_TAGS, searchSite } from './search.service.ts';
import { parseSearchParams, type RawParams } from './search-page-params.ts';
import { SearchPageView } from './views/search-page.view.tsx';

const PAGE_SIZE = 10;
const Param = z.union([z.string(), z.array(z.string())]).optional();

// Every parameter is read leniently by parseSearchParams: a malformed one is dropped with a note,
// never a 400 or a 500, so the schema only checks the shape.
const SearchPageQuerystring = z.object({
  q: Param,
  loai: Param,
  'chuyen-muc': Param,
  'tu-ngay': Param,
  'den-ngay': Param,
  trang: Param,
});

/** Public pages of the search module. */
export default async function searchPages(app: FastifyInstance): Promise<void> {
  app.get(
    '/tim-kiem',
    { schema: { hide: true, querystring: SearchPageQuerystring }, onRequest: requirePublicTenant },
    // Kept in the page cache like other pages: a popular query ("hợp tác xã") is answered from
    // memory until the index or the categories change (SEARCH_PAGE_TAGS), or for 5 minutes at most.
    async (req, reply) =>
      cachedPage(req, reply, SEARCH_PAGE_TAGS, async () => {
        const ctx = publicCtx(req);
        const categories = await listSearchCategories(ctx);
        const params = parseSearchParams(req.query as RawParams, categories);
        const result = await searchSite(
          ctx,
          {
            q: params.q,
            kinds: params.kinds,
            categoryId: params.category?.id ?? null,
            fromDay: params.fromDay,
            toDay: params.toDay,
            page: params.page,
            pageSize: PAGE_SIZE,
          },
          app.deps.clock(),
        );
        return toHtml(
          <SearchPageView site={siteContext(req)} params={params} categories={categories} result={result} />,
        );
      }),
  );
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { parseViDate } from '../../lib/vi/index.ts';
import { SEARCH_MAX_PAGE, SEARCH_MAX_PAGE_SIZE, SearchKind, SearchResult } from './search.dto.ts';
import { searchSite } from './search.service.ts';

const ViDay = z
  .string()
  .transform((s, c) => {
    const day = parseViDate(s);
    if (!day) c.addIssue({ code: 'custom', message: 'Ngày không hợp lệ (dạng 19/01/2024)' });
    return day ?? new Date(0);
  })
  .meta({ description: 'A Viet Nam day: "19/01/2024" (also 19-01-2024, 19.01.2024).' });

/** GET /api/v1/search: the same search as the public page, for staff tools and other systems. */
const SearchApiQuery = z.object({
  q: z.string().max(10_000).default('').meta({ description: 'Words; "quoted phrase"; -excluded' }),
  kind: z
    .union([SearchKind, z.array(SearchKind)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  categoryId: z.uuid({ error: 'Mã chuyên mục không hợp lệ' }).optional(),
  from: ViDay.optional(),
  to: ViDay.optional(),
  page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE_SIZE).default(20),
});

const searchApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Tìm kiếm tin tức, văn bản và trang đã công bố',
        querystring: SearchApiQuery,
        response: { 200: SearchResult, ...ErrorResponses },
      },
      // Public and read-only, but each query does real work: a per-IP budget keeps it cheap.
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      // Staff search their own alliance (even from the console's host); others the site they call.
      const tenantId = req.session?.tenantId ?? req.tenant?.id;
      if (!tenantId) throw new AppError('TENANT_NOT_FOUND');
      const ctx: Ctx = { db: app.deps.database.db, tenantId, actor: null, requestId: req.id, log: req.log };
      const { q, kind, categoryId, from, to, page, pageSize } = req.query;
      return searchSite(
        ctx,
        {
          q,
          kinds: kind,
          categoryId: categoryId ?? null,
          fromDay: from ?? null,
          toDay: to ?? null,
          page,
          pageSize,
        },
        app.deps.clock(),
      );
    },
  );
};

export default searchApi;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { TopArticles, TopArticlesQuery, VisitsQuery, VisitsReport } from './stats.dto.ts';
import { getTopArticles, getVisitsPerDay } from './stats.service.ts';
import './visit-tracker.plugin.ts';

const statsReaders = requireStaff({ roles: ['quan_tri', 'bien_tap', 'lanh_dao'] });

/** Staff dashboard figures, mounted under /api/v1. */
const statsApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats/visits',
    {
      schema: {
        tags: ['stats'],
        summary: 'Lượt truy cập theo ngày',
        querystring: VisitsQuery,
        response: { 200: VisitsReport, ...ErrorResponses },
      },
      preHandler: statsReaders,
    },
    async (req) => getVisitsPerDay(staffCtx(req), req.server.visitStats, req.query, req.server.deps.clock()),
  );

  app.get(
    '/stats/top-articles',
    {
      schema: {
        tags: ['stats'],
        summary: 'Tin bài được xem nhiều nhất',
        querystring: TopArticlesQuery,
        response: { 200: TopArticles, ...ErrorResponses },
      },
      preHandler: statsReaders,
    },
    async (req) => ({
      items: await getTopArticles(
        staffCtx(req),
        req.server.visitStats,
        req.query.limit,
        req.server.deps.clock(),
      ),
    }),
  );
};

export default statsApi;

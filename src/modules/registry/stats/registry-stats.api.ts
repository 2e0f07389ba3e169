import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses } from '../../../core/http/schemas.ts';
import { REGISTRY_READERS } from '../registry-roles.ts';
import { RegistryStats, RegistryStatsQuery, StatsChartParams } from './registry-stats.dto.ts';
import { getRegistryStats, getRegistryStatsChartXlsx } from './registry-stats.service.ts';

const readers = requireStaff({ roles: REGISTRY_READERS });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The download's bytes: Fastify sends a Buffer as it is, the schema only documents it. */
const XlsxFile = z.instanceof(Buffer).meta({ description: 'Tệp .xlsx' });

/** The registry dashboard (counts, new organisations, totals), mounted under /api/v1. */
const registryStatsApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/registry/stats',
    {
      schema: {
        tags: ['registry'],
        summary: 'Thống kê sổ đăng ký tổ chức kinh tế tập thể theo năm',
        querystring: RegistryStatsQuery,
        response: { 200: RegistryStats, ...ErrorResponses },
      },
      preHandler: readers,
    },
    async (req) => getRegistryStats(staffCtx(req), req.query, req.server.deps.clock()),
  );

  app.get(
    '/registry/stats/:chart.xlsx',
    {
      schema: {
        tags: ['registry'],
        summary: 'Số liệu của một biểu đồ thống kê dưới dạng .xlsx',
        params: StatsChartParams,
        querystring: RegistryStatsQuery,
        response: { 200: XlsxFile, ...ErrorResponses },
      },
      preHandler: readers,
    },
    async (req, reply) => {
      const file = await getRegistryStatsChartXlsx(
        staffCtx(req),
        req.params.chart,
        req.query,
        req.server.deps.clock(),
      );
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
};

export default registryStatsApi;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.ts';
import { getFigureDictionary } from './figure-dictionary.service.ts';
import {
  FigureDictionaryDto,
  FigureDictionaryQuery,
  FiguresDto,
  FiguresInput,
  FiguresQuery,
  FiguresSaved,
  FigureYearsDto,
  OrgYearParams,
} from './figures.dto.ts';
import { getFigures, getFigureYears, saveFigures } from './figures.service.ts';
import orgReportsApi from './org-reports.api.ts';
import ratingsApi from './ratings.api.ts';

// Services narrow further: a thanh_vien only its own organisation, lanh_dao only reads.
const readersAndMember = requireStaff({ roles: [...REGISTRY_READERS, 'thanh_vien'] });
const writersAndMember = requireStaff({ roles: [...REGISTRY_WRITERS, 'thanh_vien'] });
const tags = ['registry'];

/** Yearly figures, ratings and self-reporting of the register, mounted under /api/v1. */
const figuresApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/registry/figure-dictionary',
    {
      schema: {
        tags,
        querystring: FigureDictionaryQuery,
        response: { 200: FigureDictionaryDto, ...ErrorResponses },
      },
      preHandler: readersAndMember,
    },
    async (req) => getFigureDictionary(staffCtx(req), req.query),
  );

  app.get(
    '/orgs/:id/figures',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: FiguresQuery,
        response: { 200: FiguresDto, ...ErrorResponses },
      },
      preHandler: readersAndMember,
    },
    async (req) => getFigures(staffCtx(req), req.params.id, req.query.year, req.server.deps.clock()),
  );

  app.get(
    '/orgs/:id/figures/years',
    {
      schema: { tags, params: IdParams, response: { 200: FigureYearsDto, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => getFigureYears(staffCtx(req), req.params.id),
  );

  app.put(
    '/orgs/:id/figures/:year',
    {
      schema: {
        tags,
        params: OrgYearParams,
        body: FiguresInput,
        response: { 200: FiguresSaved, ...ErrorResponses },
      },
      preHandler: writersAndMember,
    },
    async (req) =>
      saveFigures(staffCtx(req), req.params.id, req.params.year, req.body, req.server.deps.clock()),
  );

  await app.register(ratingsApi);
  await app.register(orgReportsApi);
};

export default figuresApi;

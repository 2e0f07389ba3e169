import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { CommuneList, CommuneQuery, ProvinceList, ResolveInput, ResolveResult } from './places.dto.ts';
import { listProvinces, resolveAddress, searchCommunes } from './places.service.ts';

const staff = requireStaff();

const placesApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/places/provinces',
    { schema: { tags: ['places'], response: { 200: ProvinceList, ...ErrorResponses } }, preHandler: staff },
    async (req) => listProvinces(staffCtx(req)),
  );

  app.get(
    '/places/communes',
    {
      schema: {
        tags: ['places'],
        querystring: CommuneQuery,
        response: { 200: CommuneList, ...ErrorResponses },
      },
      preHandler: staff,
    },
    async (req) => searchCommunes(staffCtx(req), req.query),
  );

  // A POST because addresses are long; it writes nothing.
  app.post(
    '/places/resolve',
    {
      schema: { tags: ['places'], body: ResolveInput, response: { 200: ResolveResult, ...ErrorResponses } },
      preHandler: staff,
    },
    async (req) => resolveAddress(staffCtx(req), req.body),
  );
};

export default placesApi;

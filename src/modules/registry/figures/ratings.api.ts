import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../../core/auth/guards.ts';
import { staffCtx } from '../../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../../core/http/schemas.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from '../registry-roles.ts';
import { listBandSets } from './figure-dictionary.service.ts';
import { OrgYearParams } from './figures.dto.ts';
import { RatingBandSetList, RatingDto, RatingInput, RatingList } from './ratings.dto.ts';
import { getRating, listRatings, saveRating } from './ratings.service.ts';

const readersAndMember = requireStaff({ roles: [...REGISTRY_READERS, 'thanh_vien'] });
const writers = requireStaff({ roles: REGISTRY_WRITERS });
const tags = ['registry'];

/** Yearly ratings of organisations and the versioned bands they are graded by. */
const ratingsApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/registry/rating-band-sets',
    {
      schema: { tags, response: { 200: RatingBandSetList, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listBandSets(staffCtx(req)),
  );

  app.get(
    '/orgs/:id/ratings',
    {
      schema: { tags, params: IdParams, response: { 200: RatingList, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => listRatings(staffCtx(req), req.params.id),
  );

  app.get(
    '/orgs/:id/ratings/:year',
    {
      schema: { tags, params: OrgYearParams, response: { 200: RatingDto, ...ErrorResponses } },
      preHandler: readersAndMember,
    },
    async (req) => getRating(staffCtx(req), req.params.id, req.params.year),
  );

  app.put(
    '/orgs/:id/ratings/:year',
    {
      schema: {
        tags,
        params: OrgYearParams,
        body: RatingInput,
        response: { 200: RatingDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) =>
      saveRating(staffCtx(req), req.params.id, req.params.year, req.body, req.server.deps.clock()),
  );
};

export default ratingsApi;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { LinkDto, LinkInput, LinkList } from './links.dto.ts';
import { createLink, deleteLink, listLinksForStaff, updateLink } from './links.service.ts';

const writers = requireStaff({ roles: ['quan_tri', 'bien_tap'] });

/** CRUD of "Liên kết website". */
export const linksApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/links',
    {
      schema: { tags: ['links'], response: { 200: LinkList, ...ErrorResponses } },
      preHandler: requireStaff(),
    },
    async (req) => ({ items: await listLinksForStaff(staffCtx(req)) }),
  );

  app.post(
    '/links',
    {
      schema: { tags: ['links'], body: LinkInput, response: { 201: LinkDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => reply.status(201).send(await createLink(staffCtx(req), req.body)),
  );

  app.put(
    '/links/:id',
    {
      schema: {
        tags: ['links'],
        params: IdParams,
        body: LinkInput,
        response: { 200: LinkDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => updateLink(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/links/:id',
    {
      schema: { tags: ['links'], params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => {
      await deleteLink(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};

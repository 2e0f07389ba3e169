import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { linksApi } from './links.api.ts';
import { menuApi } from './menu.api.ts';
import { PageDto, PageInput, PageList } from './pages.dto.ts';
import { createPage, deletePage, getPage, listPagesForStaff, updatePage } from './pages.service.ts';

const writers = requireStaff({ roles: ['quan_tri', 'bien_tap'] });
const staff = requireStaff();

/** JSON routes of static pages, the main menu and website links, mounted under /api/v1. */
const pagesApi: FastifyPluginAsyncZod = async (app) => {
  await app.register(menuApi);
  await app.register(linksApi);

  app.get(
    '/pages',
    { schema: { tags: ['pages'], response: { 200: PageList, ...ErrorResponses } }, preHandler: staff },
    async (req) => ({ items: await listPagesForStaff(staffCtx(req)) }),
  );

  app.get(
    '/pages/:id',
    {
      schema: { tags: ['pages'], params: IdParams, response: { 200: PageDto, ...ErrorResponses } },
      preHandler: staff,
    },
    async (req) => getPage(staffCtx(req), req.params.id),
  );

  app.post(
    '/pages',
    {
      schema: { tags: ['pages'], body: PageInput, response: { 201: PageDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => reply.status(201).send(await createPage(staffCtx(req), req.body)),
  );

  app.put(
    '/pages/:id',
    {
      schema: {
        tags: ['pages'],
        params: IdParams,
        body: PageInput,
        response: { 200: PageDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => updatePage(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/pages/:id',
    {
      schema: { tags: ['pages'], params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) => {
      await deletePage(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default pagesApi;

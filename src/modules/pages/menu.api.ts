import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { MenuDto, MenuInput } from './menu.dto.ts';
import { getMenu, saveMenu } from './menu.service.ts';

/** GET/PUT /menu: the whole ordered main menu at once (one level of children). */
export const menuApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/menu',
    {
      schema: { tags: ['menu'], response: { 200: MenuDto, ...ErrorResponses } },
      preHandler: requireStaff(),
    },
    async (req) => getMenu(staffCtx(req)),
  );

  app.put(
    '/menu',
    {
      schema: { tags: ['menu'], body: MenuInput, response: { 200: MenuDto, ...ErrorResponses } },
      preHandler: requireStaff({ roles: ['quan_tri', 'bien_tap'] }),
    },
    async (req) => saveMenu(staffCtx(req), req.body),
  );
};

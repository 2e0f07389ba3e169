import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import {
  CategoryCreate,
  CategoryDto,
  CategoryList,
  CategoryReorder,
  CategoryUpdate,
} from './category.dto.ts';
import {
  createCategory,
  deleteCategory,
  listCategoryDtos,
  reorderCategories,
  updateCategory,
} from './category.service.ts';
import { EDITORS, NEWSROOM_READERS } from './news-roles.ts';

const readers = requireStaff({ roles: NEWSROOM_READERS });
const editors = requireStaff({ roles: EDITORS });
const tags = ['news'];

/** /news/categories: hierarchical, ordered news categories. */
const categoryApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/news/categories',
    { schema: { tags, response: { 200: CategoryList, ...ErrorResponses } }, preHandler: readers },
    async (req) => listCategoryDtos(staffCtx(req)),
  );

  app.post(
    '/news/categories',
    {
      schema: { tags, body: CategoryCreate, response: { 201: CategoryDto, ...ErrorResponses } },
      preHandler: editors,
    },
    async (req, reply) => reply.status(201).send(await createCategory(staffCtx(req), req.body)),
  );

  app.put(
    '/news/categories/order',
    {
      schema: { tags, body: CategoryReorder, response: { 200: CategoryList, ...ErrorResponses } },
      preHandler: editors,
    },
    async (req) => reorderCategories(staffCtx(req), req.body),
  );

  app.patch(
    '/news/categories/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: CategoryUpdate,
        response: { 200: CategoryDto, ...ErrorResponses },
      },
      preHandler: editors,
    },
    async (req) => updateCategory(staffCtx(req), req.params.id, req.body),
  );

  app.delete(
    '/news/categories/:id',
    {
      schema: { tags, params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: editors,
    },
    async (req, reply) => {
      await deleteCategory(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};

export default categoryApi;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import {
  TemporaryPassword,
  UserCreate,
  UserCreated,
  UserDto,
  UserPage,
  UserQuery,
  UserUpdate,
} from './accounts.dto.ts';
import { createUser, listUsers, resetPassword, updateUser } from './users.service.ts';

const adminOnly = requireStaff({ roles: ['quan_tri'] });

const usersApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      schema: { tags: ['users'], querystring: UserQuery, response: { 200: UserPage, ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req) => listUsers(staffCtx(req), req.query),
  );

  app.post(
    '/users',
    {
      schema: { tags: ['users'], body: UserCreate, response: { 201: UserCreated, ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req, reply) => reply.status(201).send(await createUser(staffCtx(req), req.body)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        params: IdParams,
        body: UserUpdate,
        response: { 200: UserDto, ...ErrorResponses },
      },
      preHandler: adminOnly,
    },
    async (req) => updateUser(staffCtx(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: { tags: ['users'], params: IdParams, response: { 200: TemporaryPassword, ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req) => resetPassword(staffCtx(req), req.params.id),
  );
};

export default usersApi;

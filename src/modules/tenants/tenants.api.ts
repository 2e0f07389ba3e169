import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { createUser } from '../accounts/users.service.ts';
import { TenantCreate, TenantDto, TenantUpdate } from './tenants.dto.ts';
import { createTenant, getTenant, listTenants, updateTenantSettings } from './tenants.service.ts';

const TenantCreated = z.object({
  tenant: TenantDto,
  admin: z.object({ email: z.string(), temporaryPassword: z.string() }),
});

const tenantsApi: FastifyPluginAsyncZod = async (app) => {
  const adminOnly = requireStaff({ roles: ['quan_tri'] });

  app.get(
    '/tenant',
    {
      schema: { tags: ['tenants'], response: { 200: TenantDto, ...ErrorResponses } },
      preHandler: requireStaff(),
    },
    async (req) => getTenant(staffCtx(req)),
  );

  app.put(
    '/tenant',
    {
      schema: { tags: ['tenants'], body: TenantUpdate, response: { 200: TenantDto, ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req) => updateTenantSettings(staffCtx(req), app.deps.tenants, req.body),
  );

  app.get(
    '/tenants',
    {
      schema: { tags: ['tenants'], response: { 200: z.array(TenantDto), ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req) => listTenants(staffCtx(req)),
  );

  app.post(
    '/tenants',
    {
      schema: { tags: ['tenants'], body: TenantCreate, response: { 201: TenantCreated, ...ErrorResponses } },
      preHandler: adminOnly,
    },
    async (req, reply) => {
      const { adminEmail, adminFullName } = req.body;
      const { tenant, temporaryPassword } = await createTenant(
        staffCtx(req),
        app.deps.tenants,
        req.body,
        (ctx) => createUser(ctx, { email: adminEmail, fullName: adminFullName, role: 'quan_tri' }),
      );
      return reply.status(201).send({ tenant, admin: { email: adminEmail, temporaryPassword } });
    },
  );
};

export default tenantsApi;

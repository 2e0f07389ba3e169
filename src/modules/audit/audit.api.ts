import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { AuditPage, AuditQuery } from './audit.dto.ts';
import { listAuditEntries } from './audit.service.ts';

const auditApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditPage, ...ErrorResponses } },
      preHandler: requireStaff({ roles: ['quan_tri', 'lanh_dao'] }),
    },
    async (req) => listAuditEntries(staffCtx(req), req.query),
  );
};

export default auditApi;

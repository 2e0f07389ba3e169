import type { FastifyRequest } from 'fastify';
import type { StaffSession } from '../auth/session.ts';
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import './fastify-augment.ts';

/** Service context of a signed-in staff request: the tenant comes from the session, never the body. */
export function staffCtx(req: FastifyRequest): Ctx {
  const s = req.session;
  if (!s) throw new AppError('UNAUTHENTICATED');
  return {
    db: req.server.deps.database.db,
    tenantId: s.tenantId,
    actor: { id: s.user.id, email: s.user.email, role: s.user.role },
    requestId: req.id,
    log: req.log,
  };
}

/** Service context of an anonymous public request: the tenant comes from the host name. */
export function publicCtx(req: FastifyRequest): Ctx {
  if (!req.tenant) throw new AppError('TENANT_NOT_FOUND');
  return {
    db: req.server.deps.database.db,
    tenantId: req.tenant.id,
    actor: null,
    requestId: req.id,
    log: req.log,
  };
}

/** The session a guard has already admitted. */
export function sessionOf(req: FastifyRequest): StaffSession {
  if (!req.session) throw new AppError('UNAUTHENTICATED');
  return req.session;
}

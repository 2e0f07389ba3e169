import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { SESSION_COOKIE } from '../../core/auth/session.ts';
import { AppError } from '../../core/errors.ts';
import { sessionOf, staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { ChangePasswordInput, LoginInput, SessionInfo } from './accounts.dto.ts';
import { changePassword, login, logout } from './auth.service.ts';
import { clearSessionCookie, sessionCookieOptions } from './session.plugin.ts';

const authApi: FastifyPluginAsyncZod = async (app) => {
  const { config, clock, tenants } = app.deps;
  const policy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };

  function tenantBrief(tenantId: string) {
    const t = tenants.get(tenantId);
    if (!t) throw new AppError('TENANT_NOT_FOUND');
    return { id: t.id, code: t.code, name: t.name };
  }

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], body: LoginInput, response: { 200: SessionInfo, ...ErrorResponses } },
      // Per IP; per-account lockout lives in the service.
      config: {
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          errorResponseBuilder: () => new AppError('LOGIN_RATE_LIMITED'),
        },
      },
    },
    async (req, reply) => {
      const ctx = { db: app.deps.database.db, actor: null, requestId: req.id, log: req.log };
      const { token, session } = await login(ctx, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        now: clock(),
        policy,
      });
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(req, policy.maxHours * 3600));
      return { user: session.user, tenant: tenantBrief(session.tenantId), csrfToken: session.csrfToken };
    },
  );

  app.get(
    '/auth/me',
    {
      schema: { tags: ['auth'], response: { 200: SessionInfo, ...ErrorResponses } },
      preHandler: requireStaff({ allowPendingPasswordChange: true }),
    },
    async (req) => {
      const s = sessionOf(req);
      return { user: s.user, tenant: tenantBrief(s.tenantId), csrfToken: s.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'] }, preHandler: requireStaff({ allowPendingPasswordChange: true }) },
    async (req, reply) => {
      await logout(staffCtx(req), sessionOf(req).id);
      clearSessionCookie(req, reply);
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/change-password',
    {
      schema: {
        tags: ['auth'],
        body: ChangePasswordInput,
        response: { 200: SessionInfo, ...ErrorResponses },
      },
      preHandler: requireStaff({ allowPendingPasswordChange: true }),
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req) => {
      const s = sessionOf(req);
      const user = await changePassword(staffCtx(req), s.id, req.body);
      return { user, tenant: tenantBrief(s.tenantId), csrfToken: s.csrfToken };
    },
  );
};

export default authApi;

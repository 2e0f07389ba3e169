import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_HEADER, SESSION_COOKIE } from '../../core/auth/session.ts';
import { AppError } from '../../core/errors.ts';
import { findSession } from './auth.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signing in replaces the session, so a stale cookie must not block it; login CSRF is
// prevented by the JSON-only body (a cross-site form cannot send application/json).
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/** Cookie attributes of the staff session; Secure follows the config (auto: when served over https). */
export function sessionCookieOptions(req: FastifyRequest, maxAgeSeconds?: number) {
  const setting = req.server.deps.config.COOKIE_SECURE;
  const secure = setting === 'auto' ? req.protocol === 'https' : setting === 'true';
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
}

/**
 * Loads the staff session for API calls and refuses cookie-authenticated writes without the
 * session's CSRF token (SameSite=Lax alone still lets same-site pages post).
 */
async function sessionPlugin(app: FastifyInstance): Promise<void> {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const { database, clock, config } = req.server.deps;
    const policy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
    req.session = await findSession(database.db, token, clock(), policy);
    if (!req.session) clearSessionCookie(req, reply);
    const needsCsrf = !SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(req.url.split('?')[0] ?? '');
    if (needsCsrf && req.session && req.headers[CSRF_HEADER] !== req.session.csrfToken) {
      throw new AppError('CSRF_INVALID');
    }
  });
}

export default fp(sessionPlugin, { name: 'session', dependencies: ['@fastify/cookie'] });

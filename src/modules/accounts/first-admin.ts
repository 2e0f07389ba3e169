import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../core/db/types.ts';
import { createUser, hasAnyUser } from './users.service.ts';

/**
 * On a first start with no account at all, creates the administrator of the default tenant:
 * with ADMIN_PASSWORD when given, else a generated one-time password the caller prints once.
 */
export async function ensureFirstAdmin(
  db: Db,
  log: FastifyBaseLogger,
  tenantId: string,
  config: Pick<Config, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>,
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if (await hasAnyUser({ db })) return null;
  const ctx = { db, tenantId, actor: null, requestId: null, log };
  const { temporaryPassword } = await createUser(ctx, {
    email: config.ADMIN_EMAIL,
    fullName: 'Quản trị hệ thống',
    role: 'quan_tri',
    ...(config.ADMIN_PASSWORD ? { password: config.ADMIN_PASSWORD } : {}),
  });
  log.info({ email: config.ADMIN_EMAIL }, 'first administrator created');
  return { email: config.ADMIN_EMAIL, generatedPassword: config.ADMIN_PASSWORD ? null : temporaryPassword };
}

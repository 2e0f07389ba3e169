import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Role } from './roles.ts';
import '../http/fastify-augment.ts';

export interface GuardOptions {
  /** Roles allowed; omitted means any signed-in role. */
  roles?: readonly Role[];
  /** Routes a user with a one-time password may still use (me, change password, logout). */
  allowPendingPasswordChange?: boolean;
}

/** preHandler that admits a signed-in user with one of the roles. */
export function requireStaff(opts: GuardOptions = {}) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const s = req.session;
    if (!s) throw new AppError('UNAUTHENTICATED');
    if (s.user.mustChangePassword && !opts.allowPendingPasswordChange)
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (opts.roles && !opts.roles.includes(s.user.role)) throw new AppError('FORBIDDEN');
  };
}

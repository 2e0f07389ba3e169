import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../core/auth/roles.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import type { Executor } from '../../core/db/types.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ChangePasswordInput, LoginInput, Me } from './accounts.dto.ts';
import * as repo from './accounts.repo.ts';
import { hashPassword, verifyPassword } from './password.ts';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
// Writing last_seen on every request would put a write on every staff call.
const TOUCH_EVERY_MS = 60_000;

export interface LiveSession {
  id: string;
  tenantId: string;
  csrfToken: string;
  user: Me;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function presentMe(row: repo.UserRow): Me {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    role: row.role as Role,
    mustChangePassword: row.mustChangePassword,
  };
}

export interface LoginResult {
  token: string;
  session: LiveSession;
}

export async function login(
  ctx: Omit<Ctx, 'tenantId'>,
  input: LoginInput,
  meta: { ip: string; userAgent: string | undefined; now: Date; policy: SessionPolicy },
): Promise<LoginResult> {
  const user = await repo.findUserByEmail(ctx.db, input.email);
  if (user?.lockedUntil && user.lockedUntil > meta.now) throw new AppError('ACCOUNT_LOCKED');
  const ok = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !ok || user.disabled) {
    if (user && !ok) await recordFailure(ctx, user, meta.now);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const session: LiveSession = {
    id: hashToken(token),
    tenantId: user.tenantId,
    csrfToken: randomBytes(24).toString('base64url'),
    user: presentMe(user),
  };
  const tenantCtx: Ctx = {
    ...ctx,
    tenantId: user.tenantId,
    actor: { id: user.id, email: user.email, role: session.user.role },
  };
  await inTransaction(tenantCtx, async (tx) => {
    await repo.insertSession(tx.db, {
      id: session.id,
      tenantId: user.tenantId,
      userId: user.id,
      csrfToken: session.csrfToken,
      createdAt: meta.now,
      lastSeenAt: meta.now,
      expiresAt: new Date(meta.now.getTime() + meta.policy.maxHours * 3_600_000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await repo.updateUser(tx.db, user.tenantId, user.id, {
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: meta.now,
    });
    await recordAudit(tx, {
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      after: { ip: meta.ip },
    });
  });
  return { token, session };
}

async function recordFailure(ctx: Omit<Ctx, 'tenantId'>, user: repo.UserRow, now: Date): Promise<void> {
  const failures = user.failedLogins + 1;
  const locked = failures >= LOCK_AFTER_FAILURES;
  const tenantCtx: Ctx = { ...ctx, tenantId: user.tenantId, actor: null };
  await inTransaction(tenantCtx, async (tx) => {
    await repo.updateUser(tx.db, user.tenantId, user.id, {
      failedLogins: locked ? 0 : failures,
      lockedUntil: locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : user.lockedUntil,
    });
    if (locked) await recordAudit(tx, { action: 'auth.locked', entity: 'user', entityId: user.id });
  });
}

/** The session behind a cookie token, or null when missing, expired or idle too long. */
export async function findSession(
  db: Executor,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<LiveSession | null> {
  const id = hashToken(token);
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const found = await repo.findLiveSession(db, id, now, idleSince);
  if (!found || found.user.disabled) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await repo.touchSession(db, id, now);
  return {
    id,
    tenantId: found.session.tenantId,
    csrfToken: found.session.csrfToken,
    user: presentMe(found.user),
  };
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await repo.deleteSession(tx.db, sessionId);
    await recordAudit(tx, { action: 'auth.logout', entity: 'user', entityId: ctx.actor?.id ?? null });
  });
}

/** Changes the actor's password and ends their other sessions. */
export async function changePassword(ctx: Ctx, sessionId: string, input: ChangePasswordInput): Promise<Me> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  const actorId = ctx.actor.id;
  return inTransaction(ctx, async (tx) => {
    const user = await repo.findUser(tx.db, tx.tenantId, actorId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('WRONG_PASSWORD', {
        fieldErrors: { currentPassword: 'Mật khẩu hiện tại không đúng' },
      });
    }
    const row = await repo.updateUser(tx.db, tx.tenantId, actorId, {
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
    });
    if (!row) throw new AppError('UNAUTHENTICATED');
    await repo.deleteUserSessions(tx.db, tx.tenantId, actorId, sessionId);
    await recordAudit(tx, { action: 'user.change_password', entity: 'user', entityId: actorId });
    return presentMe(row);
  });
}

export async function purgeExpiredSessions(db: Executor, now: Date, policy: SessionPolicy): Promise<void> {
  await repo.deleteExpiredSessions(db, now, new Date(now.getTime() - policy.idleMinutes * 60_000));
}

import type { Role } from '../../core/auth/roles.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { UserCreate, UserDto, UserPage, UserQuery, UserUpdate } from './accounts.dto.ts';
import * as repo from './accounts.repo.ts';
import { generatePassword, hashPassword } from './password.ts';

export function presentUser(row: repo.UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    role: row.role as Role,
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The tenant's users with these ids (for modules that link people to their records). */
export async function getUsersByIds(ctx: Ctx, ids: readonly string[]): Promise<UserDto[]> {
  return (await repo.findUsers(ctx.db, ctx.tenantId, ids)).map(presentUser);
}

export async function listUsers(ctx: Ctx, q: UserQuery): Promise<UserPage> {
  const { rows, total } = await repo.listUsers(ctx.db, ctx.tenantId, q);
  return { items: rows.map(presentUser), total };
}

export interface CreatedUser {
  user: UserDto;
  temporaryPassword: string;
}

/**
 * Creates an account in ctx's tenant. Without a password, a one-time password is generated
 * and must be changed at first login.
 */
export async function createUser(ctx: Ctx, input: UserCreate & { password?: string }): Promise<CreatedUser> {
  return inTransaction(ctx, async (tx) => {
    if (await repo.findUserByEmail(tx.db, input.email)) {
      throw new AppError('EMAIL_TAKEN', { fieldErrors: { email: 'Email này đã được dùng' } });
    }
    const temporaryPassword = input.password ?? generatePassword();
    const row = await repo.insertUser(tx.db, {
      tenantId: tx.tenantId,
      email: input.email,
      fullName: input.fullName,
      role: input.role,
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: input.password === undefined,
    });
    const user = presentUser(row);
    await recordAudit(tx, { action: 'user.create', entity: 'user', entityId: row.id, after: user });
    return { user, temporaryPassword };
  });
}

export async function updateUser(ctx: Ctx, id: string, patch: UserUpdate): Promise<UserDto> {
  if (ctx.actor?.id === id && (patch.disabled === true || (patch.role && patch.role !== ctx.actor.role))) {
    throw new AppError('CANNOT_CHANGE_SELF');
  }
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findUser(tx.db, tx.tenantId, id);
    if (!before) throw new AppError('USER_NOT_FOUND');
    const row = await repo.updateUser(tx.db, tx.tenantId, id, patch);
    if (!row) throw new AppError('USER_NOT_FOUND');
    // A disabled account or a changed role must not keep using sessions opened before.
    if (patch.disabled || (patch.role && patch.role !== before.role)) {
      await repo.deleteUserSessions(tx.db, tx.tenantId, id);
    }
    const user = presentUser(row);
    await recordAudit(tx, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before: presentUser(before),
      after: user,
    });
    return user;
  });
}

export async function resetPassword(ctx: Ctx, id: string): Promise<{ temporaryPassword: string }> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findUser(tx.db, tx.tenantId, id);
    if (!before) throw new AppError('USER_NOT_FOUND');
    const temporaryPassword = generatePassword();
    await repo.updateUser(tx.db, tx.tenantId, id, {
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await repo.deleteUserSessions(tx.db, tx.tenantId, id);
    await recordAudit(tx, { action: 'user.reset_password', entity: 'user', entityId: id });
    return { temporaryPassword };
  });
}

/** CLI: reset by e-mail, whatever the tenant (the operator owns the machine). */
export async function resetPasswordByEmail(
  ctx: Omit<Ctx, 'tenantId'>,
  email: string,
): Promise<{ temporaryPassword: string }> {
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return resetPassword({ ...ctx, tenantId: user.tenantId }, user.id);
}

export async function hasAnyUser(ctx: Pick<Ctx, 'db'>): Promise<boolean> {
  return (await repo.countUsers(ctx.db)) > 0;
}

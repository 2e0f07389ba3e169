import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { orgExists, selectRepresentedOrgId } from './org-access.repo.ts';
import { REGISTRY_READERS, REGISTRY_WRITERS } from './registry-roles.ts';

export type OrgAccessMode = 'read' | 'write';

/**
 * The one rule of who touches which organisation: staff writers and readers the whole tenant,
 * a thanh_vien only the organisation it represents, nobody another tenant's.
 * Unknown and foreign organisations both answer NOT_FOUND, so ids leak nothing.
 */
export async function assertOrgAccess(ctx: Ctx, orgId: string, mode: OrgAccessMode): Promise<void> {
  const role = ctx.actor?.role;
  if (!role) throw new AppError('UNAUTHENTICATED');
  if (role === 'thanh_vien') {
    const own = await representedOrgId(ctx);
    if (own !== orgId) throw new AppError('NOT_FOUND');
  } else {
    const allowed: readonly string[] = mode === 'write' ? REGISTRY_WRITERS : REGISTRY_READERS;
    if (!allowed.includes(role)) throw new AppError('FORBIDDEN');
  }
  if (!(await orgExists(ctx.db, ctx.tenantId, orgId))) throw new AppError('NOT_FOUND');
}

/** The organisation of a thanh_vien actor; null for anyone else or an unlinked account. */
export async function representedOrgId(ctx: Ctx): Promise<string | null> {
  const actor = ctx.actor;
  if (actor?.role !== 'thanh_vien') return null;
  return selectRepresentedOrgId(ctx.db, ctx.tenantId, actor.id);
}

/** Staff who read the whole register (quan_tri, can_bo, lanh_dao). */
export function assertRegistryReader(ctx: Ctx): void {
  const role = ctx.actor?.role;
  if (!role) throw new AppError('UNAUTHENTICATED');
  if (!(REGISTRY_READERS as readonly string[]).includes(role)) throw new AppError('FORBIDDEN');
}

/** Staff who change the register (quan_tri, can_bo). */
export function assertRegistryWriter(ctx: Ctx): void {
  const role = ctx.actor?.role;
  if (!role) throw new AppError('UNAUTHENTICATED');
  if (!(REGISTRY_WRITERS as readonly string[]).includes(role)) throw new AppError('FORBIDDEN');
}

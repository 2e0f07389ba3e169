import type { Config } from '../../config.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import type { Executor } from '../../core/db/types.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TenantDirectory } from './tenant-directory.ts';
import type { SiteSettings, TenantCreate, TenantDto, TenantUpdate } from './tenants.dto.ts';
import * as repo from './tenants.repo.ts';

export function presentTenant(row: repo.TenantRow): TenantDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    provinceCode: row.provinceCode,
    isNational: row.isNational,
    hosts: row.hosts,
    settings: row.settings,
  };
}

export async function reloadTenantDirectory(db: Executor, directory: TenantDirectory): Promise<void> {
  directory.replace((await repo.listTenantRows(db)).map(presentTenant));
}

function defaultSettings(name: string): SiteSettings {
  return { siteTitle: name, logoUrl: null, address: '', phone: '', email: '', contacts: [] };
}

/** First start: the configured alliance becomes the default tenant. Returns it (new or existing). */
export async function ensureDefaultTenant(
  db: Executor,
  config: Pick<Config, 'TENANT_CODE' | 'TENANT_NAME' | 'TENANT_PROVINCE_CODE'>,
): Promise<TenantDto> {
  const existing = await repo.listTenantRows(db);
  if (existing[0]) return presentTenant(existing[0]);
  const row = await repo.insertTenant(db, {
    code: config.TENANT_CODE,
    name: config.TENANT_NAME,
    provinceCode: config.TENANT_PROVINCE_CODE,
    isNational: config.TENANT_PROVINCE_CODE === '00',
    settings: defaultSettings(config.TENANT_NAME),
  });
  return presentTenant(row);
}

export async function getTenant(ctx: Ctx): Promise<TenantDto> {
  const row = await repo.findTenantById(ctx.db, ctx.tenantId);
  if (!row) throw new AppError('TENANT_NOT_FOUND');
  return presentTenant(row);
}

async function assertHostsFree(ctx: Ctx, hosts: string[], exceptId: string | null): Promise<void> {
  const owner = await repo.findHostOwner(ctx.db, hosts, exceptId);
  if (owner) {
    throw new AppError('VALIDATION', {
      fieldErrors: { hosts: `Tên miền đã được dùng cho đơn vị “${owner.name}”` },
    });
  }
}

export async function updateTenantSettings(
  ctx: Ctx,
  directory: TenantDirectory,
  input: TenantUpdate,
): Promise<TenantDto> {
  const updated = await inTransaction(ctx, async (tx) => {
    const before = await repo.findTenantById(tx.db, tx.tenantId);
    if (!before) throw new AppError('TENANT_NOT_FOUND');
    await assertHostsFree(tx, input.hosts, tx.tenantId);
    const row = await repo.updateTenant(tx.db, tx.tenantId, input);
    if (!row) throw new AppError('TENANT_NOT_FOUND');
    await recordAudit(tx, {
      action: 'tenant.update',
      entity: 'tenant',
      entityId: row.id,
      before: presentTenant(before),
      after: presentTenant(row),
    });
    return presentTenant(row);
  });
  await reloadTenantDirectory(ctx.db, directory);
  return updated;
}

/** Only an administrator of the national tenant creates alliances. */
export async function createTenant(
  ctx: Ctx,
  directory: TenantDirectory,
  input: TenantCreate,
  createAdmin: (tenantCtx: Ctx) => Promise<{ temporaryPassword: string }>,
): Promise<{ tenant: TenantDto; temporaryPassword: string }> {
  const own = await repo.findTenantById(ctx.db, ctx.tenantId);
  if (!own?.isNational || ctx.actor?.role !== 'quan_tri') throw new AppError('FORBIDDEN');
  const result = await inTransaction(ctx, async (tx) => {
    if (await repo.findTenantByCode(tx.db, input.code)) throw new AppError('TENANT_CODE_TAKEN');
    await assertHostsFree(tx, input.hosts, null);
    const row = await repo.insertTenant(tx.db, {
      code: input.code,
      name: input.name,
      provinceCode: input.provinceCode,
      hosts: input.hosts,
      settings: defaultSettings(input.name),
    });
    const tenant = presentTenant(row);
    await recordAudit(tx, { action: 'tenant.create', entity: 'tenant', entityId: row.id, after: tenant });
    const { temporaryPassword } = await createAdmin({ ...tx, tenantId: row.id });
    return { tenant, temporaryPassword };
  });
  await reloadTenantDirectory(ctx.db, directory);
  return result;
}

export async function listTenants(ctx: Ctx): Promise<TenantDto[]> {
  const own = await repo.findTenantById(ctx.db, ctx.tenantId);
  if (!own?.isNational) throw new AppError('FORBIDDEN');
  return (await repo.listTenantRows(ctx.db)).map(presentTenant);
}

/** CLI: a tenant by code, or the first one created when no code is given. */
export async function findTenantForCli(
  db: Executor,
  code: string | undefined,
): Promise<TenantDto | undefined> {
  const row = code ? await repo.findTenantByCode(db, code) : (await repo.listTenantRows(db))[0];
  return row ? presentTenant(row) : undefined;
}

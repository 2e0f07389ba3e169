import type { TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Role } from '../../../core/auth/roles.ts';
import type { Ctx } from '../../../core/context.ts';
import { silentLog } from '../../../core/silent-log.ts';
import { searchCommunes } from '../../places/places.service.ts';
import { type OrgDto, OrgInput } from '../orgs/orgs.dto.ts';
import { createOrganization } from '../orgs/orgs.service.ts';

/** A service context of a user with `role` in a tenant (default: the test app's first). */
export async function registryCtx(t: TestApp, role: Role, tenantId = t.tenant.id): Promise<Ctx> {
  const user = await t.addUser(role, { tenantId });
  return {
    db: t.database.db,
    tenantId,
    actor: { id: user.id, email: user.email, role },
    requestId: null,
    log: silentLog,
  };
}

let regCodeSeq = 0;

/** Creates an organisation through the orgs service (an HTX with a unique code unless told otherwise). */
export async function addOrg(ctx: Ctx, fields: Partial<OrgInput> & { name: string }): Promise<OrgDto> {
  const kind = fields.kind ?? 'HTX';
  const regCode = fields.regCode ?? (kind === 'THT' ? null : `${5_600_000_000 + ++regCodeSeq}`);
  return createOrganization(ctx, OrgInput.parse({ ...fields, kind, regCode }));
}

/** Current commune codes whose names match `q` (reference data loaded in the test database). */
export async function communesNamed(ctx: Ctx, q: string, province: string, limit = 3) {
  const { items } = await searchCommunes(ctx, { q, province, limit });
  if (items.length === 0) throw new Error(`no commune matches ${q} in province ${province}`);
  return items;
}

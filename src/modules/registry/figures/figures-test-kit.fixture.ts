import type { StaffClient, TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Ctx } from '../../../core/context.ts';
import { silentLog } from '../../../core/silent-log.ts';
import { type OrgFormValues, OrgInput } from '../orgs/orgs.dto.ts';
import { createOrganization } from '../orgs/orgs.service.ts';
import { orgRepresentatives } from '../registry.tables.ts';

let counter = 0;

/** A staff context of the tenant, acting as the given administrator. */
export function adminCtx(t: TestApp, admin: { id: string; email: string }, tenantId = t.tenant.id): Ctx {
  return {
    db: t.database.db,
    tenantId,
    actor: { id: admin.id, email: admin.email, role: 'quan_tri' },
    requestId: null,
    log: silentLog,
  };
}

/** Creates an organisation through the organisations service; override what the test is about. */
export async function createOrg(
  t: TestApp,
  admin: { id: string; email: string },
  overrides: Partial<OrgFormValues> = {},
  tenantId = t.tenant.id,
): Promise<string> {
  counter++;
  const dto = await createOrganization(
    adminCtx(t, admin, tenantId),
    OrgInput.parse({
      kind: 'HTX',
      name: `Hợp tác xã Thử nghiệm số ${counter}`,
      regCode: `49${String(counter).padStart(8, '0')}`,
      foundedOn: '2018-03-01',
      registeredOn: '2018-03-15',
      ...overrides,
    }),
  );
  return dto.id;
}

/** Makes a thanh_vien account the representative of an organisation (test data only). */
export async function linkRepresentative(
  t: TestApp,
  userId: string,
  orgId: string,
  tenantId = t.tenant.id,
): Promise<void> {
  await t.database.db.insert(orgRepresentatives).values({ tenantId, userId, orgId });
}

/** A signed-in thanh_vien speaking for the organisation. */
export async function signInMember(t: TestApp, orgId: string): Promise<StaffClient> {
  const user = await t.addUser('thanh_vien');
  await linkRepresentative(t, user.id, orgId);
  return t.signIn(user.email);
}

/** Values of a healthy cooperative: breaks no rule. */
export const HEALTHY_HTX = {
  tv_chinh_thuc: 12,
  tv_lk_gop_von: 3,
  tv_lk_khong_gop_von: 1,
  lao_dong: 20,
  lao_dong_thanh_vien: 9,
  von_dieu_le: 2_400_000_000,
  tong_tai_san: 5_000_000_000,
  doanh_thu: 3_000_000_000,
  loi_nhuan_truoc_thue: 150_000_000,
  thu_nhap_binh_quan: 72_000_000,
};

export const putFigures = (client: StaffClient, orgId: string, year: number, payload: object) =>
  client.inject({ method: 'PUT', url: `/api/v1/orgs/${orgId}/figures/${year}`, payload });

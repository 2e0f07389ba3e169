import type { TestApp } from '../../../tests/helpers/test-app.ts';
import { insertTenant, updateTenant } from '../tenants/tenants.repo.ts';
import { reloadTenantDirectory } from '../tenants/tenants.service.ts';

export const HOME_HOST = 'localhost';
export const OTHER_HOST = 'lmhtx.sonla.vn';

/**
 * Adds a second alliance on its own host name (the first one then answers only on localhost),
 * with an administrator, for tenant-isolation tests.
 */
export async function addSecondTenant(t: TestApp): Promise<{ tenantId: string; adminEmail: string }> {
  await updateTenant(t.database.db, t.tenant.id, {
    name: t.tenant.name,
    hosts: [HOME_HOST],
    settings: t.tenant.settings,
  });
  const other = await insertTenant(t.database.db, {
    code: 'son-la',
    name: 'Liên minh Hợp tác xã tỉnh Sơn La',
    provinceCode: '14',
    hosts: [OTHER_HOST],
    settings: {
      siteTitle: 'Liên minh Hợp tác xã tỉnh Sơn La',
      logoUrl: null,
      address: '',
      phone: '',
      email: '',
      contacts: [],
    },
  });
  await reloadTenantDirectory(t.database.db, t.tenants);
  const { email } = await t.addUser('quan_tri', { tenantId: other.id });
  return { tenantId: other.id, adminEmail: email };
}

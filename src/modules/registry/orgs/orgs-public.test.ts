import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { silentLog } from '../../../core/silent-log.ts';
import { getOrgPublicProfile, listPublicOrgSitemap, listPublicOrgs } from './org-public.service.ts';
import { createOrg, editOf } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let officer: StaffClient;
const publicCtx = () => ({
  db: t.database.db,
  tenantId: t.tenant.id,
  actor: null,
  requestId: null,
  log: silentLog,
});

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => t.close());

describe('public directory functions', () => {
  it('give public fields only, follow merges, and leave dissolved organisations out of the list', async () => {
    const active = await createOrg(officer, { name: 'Hợp tác xã Chè Tân Cương' });
    const dissolved = await createOrg(officer, { name: 'Hợp tác xã Đã Giải Thể' });
    await officer.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${dissolved.id}`,
      payload: editOf(dissolved, { status: 'giai_the', statusSince: '2025-01-01' }),
    });
    const dup = await createOrg(officer, { name: 'HTX Chè Tân Cương (bản trùng)' });
    await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${dup.id}/merge`,
      payload: { intoId: active.id },
    });

    const profile = await getOrgPublicProfile(publicCtx(), active.slug);
    expect(profile).toMatchObject({
      slug: active.slug,
      url: active.url,
      name: 'Hợp tác xã Chè Tân Cương',
      communeName: 'Phường Hòa Bình',
      publicPhone: '0218 385 1234',
      allianceMember: true,
    });
    const text = JSON.stringify(profile);
    for (const secret of [
      '0912 345 678',
      'rieng@example.vn',
      'Trần Thị Riêng',
      'Ghi chú nội bộ',
      'addressOriginal',
      active.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    // A merged record's old address leads to the kept record (the page redirects).
    expect((await getOrgPublicProfile(publicCtx(), dup.slug))?.slug).toBe(active.slug);
    expect((await getOrgPublicProfile(publicCtx(), dissolved.slug))?.status).toBe('giai_the');
    expect(await getOrgPublicProfile(publicCtx(), 'khong-co')).toBeNull();

    const page = await listPublicOrgs(publicCtx(), { q: 'che tan cuong' });
    expect(page.items.map((o) => o.name)).toEqual(['Hợp tác xã Chè Tân Cương']);
    const all = await listPublicOrgs(publicCtx(), {});
    expect(all.items.map((o) => o.name)).not.toContain('Hợp tác xã Đã Giải Thể');
    expect(JSON.stringify(all)).not.toContain('0912 345 678');
    const sitemap = await listPublicOrgSitemap(publicCtx());
    expect(sitemap.map((s) => s.slug)).toEqual([active.slug]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { uploadPdf } from '../../documents/documents-test-kit.fixture.ts';
import { tempDataDir } from '../../media/media-test-kit.fixture.ts';
import { addSecondTenant } from '../../media/second-tenant.fixture.ts';
import type { OrgDto } from './orgs.dto.ts';
import { createOrg, editOf, orgPayload } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let data: ReturnType<typeof tempDataDir>;
const clients: Record<string, StaffClient> = {};
let own: OrgDto;
let other: OrgDto;
let member: StaffClient;

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  for (const role of ['quan_tri', 'can_bo', 'lanh_dao', 'bien_tap', 'cong_tac_vien'] as const) {
    clients[role] = await t.signIn((await t.addUser(role)).email);
  }
  own = await createOrg(clients.can_bo as StaffClient, { name: 'Hợp tác xã Của Mình' });
  other = await createOrg(clients.can_bo as StaffClient, { name: 'Hợp tác xã Người Khác' });
  // The representative account staff create, signed in with its one-time password then changed.
  const created = await (clients.can_bo as StaffClient).inject({
    method: 'POST',
    url: `/api/v1/orgs/${own.id}/representatives`,
    payload: { email: 'daidien@htx.vn', fullName: 'Phạm Đại Diện' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const first = await t.signIn('daidien@htx.vn', created.json().temporaryPassword);
  const changed = await first.inject({
    method: 'POST',
    url: '/api/v1/auth/change-password',
    payload: { currentPassword: created.json().temporaryPassword, newPassword: 'mat-khau-moi-cua-htx' },
  });
  expect(changed.statusCode, changed.body).toBeLessThan(300);
  member = await t.signIn('daidien@htx.vn', 'mat-khau-moi-cua-htx');
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const client = (role: string) => clients[role] as StaffClient;

describe('roles on the register', () => {
  it('lets quan_tri and can_bo write, lanh_dao only read, editors nothing', async () => {
    for (const role of ['quan_tri', 'can_bo']) {
      const res = await client(role).inject({ method: 'POST', url: '/api/v1/orgs', payload: orgPayload() });
      expect(res.statusCode, role).toBe(201);
    }
    const leader = client('lanh_dao');
    expect((await leader.inject({ method: 'GET', url: '/api/v1/orgs' })).statusCode).toBe(200);
    expect((await leader.inject({ method: 'GET', url: `/api/v1/orgs/${own.id}` })).statusCode).toBe(200);
    expect((await leader.inject({ method: 'GET', url: '/api/v1/orgs/export.csv' })).statusCode).toBe(200);
    expect(
      (await leader.inject({ method: 'POST', url: '/api/v1/orgs', payload: orgPayload() })).statusCode,
    ).toBe(403);
    expect(
      (await leader.inject({ method: 'PUT', url: `/api/v1/orgs/${own.id}`, payload: editOf(own) }))
        .statusCode,
    ).toBe(403);
    for (const role of ['bien_tap', 'cong_tac_vien']) {
      for (const url of ['/api/v1/orgs', `/api/v1/orgs/${own.id}`, '/api/v1/orgs/export.xlsx']) {
        expect((await client(role).inject({ method: 'GET', url })).statusCode, `${role} ${url}`).toBe(403);
      }
      const res = await client(role).inject({ method: 'POST', url: '/api/v1/orgs', payload: orgPayload() });
      expect(res.statusCode).toBe(403);
    }
  });

  it('shows a member representative its own organisation only', async () => {
    const me = await member.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().user).toMatchObject({ role: 'thanh_vien', fullName: 'Phạm Đại Diện' });
    const list = (await member.inject({ method: 'GET', url: '/api/v1/orgs' })).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([own.id]);
    // Its own record, without the staff's internal notes.
    expect((await member.inject({ method: 'GET', url: `/api/v1/orgs/${own.id}` })).json()).toMatchObject({
      name: 'Hợp tác xã Của Mình',
      privatePhone: own.privatePhone,
      notes: '',
    });
    expect(
      (await member.inject({ method: 'GET', url: `/api/v1/orgs/${own.id}/status-history` })).statusCode,
    ).toBe(200);
    for (const url of [
      `/api/v1/orgs/${other.id}`,
      `/api/v1/orgs/${other.id}/status-history`,
      `/api/v1/orgs/${other.id}/attachments`,
    ]) {
      expect((await member.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    // Changes go through self-reporting, never through the register's writes.
    const put = await member.inject({ method: 'PUT', url: `/api/v1/orgs/${own.id}`, payload: editOf(own) });
    expect(put.statusCode).toBe(403);
    expect((await member.inject({ method: 'GET', url: '/api/v1/orgs/export.csv' })).statusCode).toBe(403);
    expect((await member.inject({ method: 'GET', url: `/api/v1/orgs/${own.id}/history` })).statusCode).toBe(
      403,
    );
  });

  it('lists the representative and disables its account when unlinked', async () => {
    const officer = client('can_bo');
    const reps = (
      await officer.inject({ method: 'GET', url: `/api/v1/orgs/${own.id}/representatives` })
    ).json();
    expect(reps.items).toMatchObject([
      { email: 'daidien@htx.vn', fullName: 'Phạm Đại Diện', disabled: false },
    ]);
    const second = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${other.id}/representatives`,
      payload: { email: 'DaiDien@htx.vn', fullName: 'Trùng Email' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().fieldErrors).toEqual({ email: 'Email này đã được dùng' });

    const extra = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${other.id}/representatives`,
      payload: { email: 'tam@htx.vn', fullName: 'Người Tạm' },
    });
    const userId = extra.json().representative.userId;
    const del = await officer.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${other.id}/representatives/${userId}`,
    });
    expect(del.statusCode).toBe(204);
    const after = (
      await officer.inject({ method: 'GET', url: `/api/v1/orgs/${other.id}/representatives` })
    ).json();
    expect(after.items).toEqual([]);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'tam@htx.vn', password: extra.json().temporaryPassword },
      remoteAddress: '10.99.0.1',
    });
    expect(login.statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe('tenant isolation', () => {
  it('never shows or changes another tenant’s organisations, on any route', async () => {
    const second = await addSecondTenant(t);
    const foreign = await t.signIn(second.adminEmail);
    // The same registration code is free in another tenant.
    const theirs = await createOrg(foreign, { regCode: own.regCode, name: 'Hợp tác xã Sơn La' });
    expect(theirs.regCode).toBe(own.regCode);

    const list = (await foreign.inject({ method: 'GET', url: '/api/v1/orgs' })).json();
    expect(list.items.map((o: { name: string }) => o.name)).toEqual(['Hợp tác xã Sơn La']);
    const csv = (await foreign.inject({ method: 'GET', url: '/api/v1/orgs/export.csv' })).body;
    expect(csv).toContain('Hợp tác xã Sơn La');
    expect(csv).not.toContain('Của Mình');
    const home = (await client('can_bo').inject({ method: 'GET', url: '/api/v1/orgs/export.csv' })).body;
    expect(home).not.toContain('Hợp tác xã Sơn La');

    const id = own.id;
    const pdf = await uploadPdf(foreign, 'Điều lệ.pdf');
    const attempts = [
      { method: 'GET', url: `/api/v1/orgs/${id}` },
      { method: 'PUT', url: `/api/v1/orgs/${id}`, payload: editOf(own) },
      { method: 'DELETE', url: `/api/v1/orgs/${id}` },
      { method: 'GET', url: `/api/v1/orgs/${id}/status-history` },
      { method: 'GET', url: `/api/v1/orgs/${id}/history` },
      { method: 'GET', url: `/api/v1/orgs/${id}/union-members` },
      { method: 'POST', url: `/api/v1/orgs/${id}/union-members`, payload: { memberId: theirs.id } },
      { method: 'GET', url: `/api/v1/orgs/${id}/attachments` },
      { method: 'POST', url: `/api/v1/orgs/${id}/attachments`, payload: { mediaId: pdf.id } },
      { method: 'DELETE', url: `/api/v1/orgs/${id}/union-members/${theirs.id}` },
      { method: 'DELETE', url: `/api/v1/orgs/${id}/attachments/${pdf.id}` },
      { method: 'GET', url: `/api/v1/orgs/${id}/representatives` },
      {
        method: 'POST',
        url: `/api/v1/orgs/${id}/representatives`,
        payload: { email: 'x@y.vn', fullName: 'Kẻ Lạ' },
      },
      { method: 'POST', url: `/api/v1/orgs/${id}/merge`, payload: { intoId: theirs.id } },
      { method: 'POST', url: `/api/v1/orgs/${theirs.id}/merge`, payload: { intoId: id } },
    ] as const;
    for (const a of attempts) {
      const res = await foreign.inject({ ...a, payload: 'payload' in a ? a.payload : undefined });
      expect([400, 404], `${a.method} ${a.url}: ${res.body}`).toContain(res.statusCode);
    }
    // Nothing changed at home.
    const still = (await client('can_bo').inject({ method: 'GET', url: `/api/v1/orgs/${id}` })).json();
    expect(still).toMatchObject({ name: own.name, version: own.version });
    const reps = (
      await client('can_bo').inject({ method: 'GET', url: `/api/v1/orgs/${id}/representatives` })
    ).json();
    expect(reps.items.map((r: { email: string }) => r.email)).toEqual(['daidien@htx.vn']);
  });
});

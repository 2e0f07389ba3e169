import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { addSecondTenant } from '../../media/second-tenant.fixture.ts';
import { createOrg, HEALTHY_HTX, putFigures, signInMember } from './figures-test-kit.fixture.ts';

// Who may call which route: registry staff by role, a member only for its own organisation,
// and nobody across tenants (foreign ids answer 404, like unknown ones).

type Who =
  | 'quan_tri'
  | 'can_bo'
  | 'lanh_dao'
  | 'bien_tap'
  | 'cong_tac_vien'
  | 'member'
  | 'otherMember'
  | 'otherTenant'
  | 'anonymous';

let t: TestApp;
let ours: string;
let theirs: string;
const clients = new Map<Who, StaffClient>();

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.addUser('quan_tri');
  ours = await createOrg(t, admin);
  const neighbour = await createOrg(t, admin);
  for (const role of ['quan_tri', 'can_bo', 'lanh_dao', 'bien_tap', 'cong_tac_vien'] as const) {
    clients.set(role, await t.signIn((await t.addUser(role)).email));
  }
  clients.set('member', await signInMember(t, ours));
  clients.set('otherMember', await signInMember(t, neighbour));
  const staff = clients.get('can_bo') as StaffClient;
  await putFigures(staff, ours, 2025, { values: HEALTHY_HTX });
  await staff.inject({ method: 'PUT', url: `/api/v1/orgs/${ours}/ratings/2025`, payload: { score: 81 } });

  const second = await addSecondTenant(t);
  const theirAdmin = await t.addUser('quan_tri', { tenantId: second.tenantId });
  theirs = await createOrg(t, theirAdmin, { name: 'Hợp tác xã Sơn La' }, second.tenantId);
  clients.set('otherTenant', await t.signIn(theirAdmin.email));
});
afterAll(async () => {
  await t.close();
});

function call(who: Who, opts: InjectOptions) {
  if (who === 'anonymous') return t.app.inject(opts);
  return (clients.get(who) as StaffClient).inject(opts);
}

const ALL: Who[] = [
  'quan_tri',
  'can_bo',
  'lanh_dao',
  'bien_tap',
  'cong_tac_vien',
  'member',
  'otherMember',
  'otherTenant',
  'anonymous',
];

/** Expected status per caller; callers not listed must get the route's success status. */
interface RouteCase {
  name: string;
  req: () => InjectOptions;
  ok: number;
  denied: Partial<Record<Who, number>>;
  /** Callers whose success is not checked here (it would change state other cases rely on). */
  skip?: Who[];
}

const NEWS_ONLY = { bien_tap: 403, cong_tac_vien: 403, anonymous: 401 } as const;
const orgUrl = (path: string) => `/api/v1/orgs/${ours}${path}`;

const ORG_ROUTES: RouteCase[] = [
  {
    name: 'GET figures',
    req: () => ({ method: 'GET', url: orgUrl('/figures?year=2025') }),
    ok: 200,
    denied: { ...NEWS_ONLY, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'GET figures/years',
    req: () => ({ method: 'GET', url: orgUrl('/figures/years') }),
    ok: 200,
    denied: { ...NEWS_ONLY, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'PUT figures',
    req: () => ({ method: 'PUT', url: orgUrl('/figures/2025'), payload: { values: HEALTHY_HTX } }),
    ok: 200,
    denied: { ...NEWS_ONLY, lanh_dao: 403, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'GET ratings',
    req: () => ({ method: 'GET', url: orgUrl('/ratings') }),
    ok: 200,
    denied: { ...NEWS_ONLY, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'GET rating of a year',
    req: () => ({ method: 'GET', url: orgUrl('/ratings/2025') }),
    ok: 200,
    denied: { ...NEWS_ONLY, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'PUT rating',
    req: () => ({ method: 'PUT', url: orgUrl('/ratings/2025'), payload: { score: 81 } }),
    ok: 200,
    denied: { ...NEWS_ONLY, lanh_dao: 403, member: 403, otherMember: 403, otherTenant: 404 },
  },
  {
    name: 'GET report',
    req: () => ({ method: 'GET', url: orgUrl('/reports/2025') }),
    ok: 200,
    denied: { ...NEWS_ONLY, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'PUT report draft',
    req: () => ({
      method: 'PUT',
      url: orgUrl('/reports/2025'),
      payload: { profileChanges: { notes: 'Ghi chú' } },
    }),
    ok: 200,
    denied: { ...NEWS_ONLY, lanh_dao: 403, otherMember: 404, otherTenant: 404 },
  },
  {
    name: 'POST submit',
    req: () => ({ method: 'POST', url: orgUrl('/reports/2025/submit') }),
    ok: 200,
    denied: { ...NEWS_ONLY, lanh_dao: 403, otherMember: 404, otherTenant: 404 },
    skip: ['quan_tri', 'can_bo', 'member'],
  },
  {
    // Access passes for writers; the report is not submitted, hence 409.
    name: 'POST approve',
    req: () => ({ method: 'POST', url: orgUrl('/reports/2025/approve') }),
    ok: 409,
    denied: { ...NEWS_ONLY, lanh_dao: 403, member: 403, otherMember: 403, otherTenant: 404 },
  },
  {
    name: 'POST return',
    req: () => ({
      method: 'POST',
      url: orgUrl('/reports/2025/return'),
      payload: { comment: 'Thiếu số liệu' },
    }),
    ok: 409,
    denied: { ...NEWS_ONLY, lanh_dao: 403, member: 403, otherMember: 403, otherTenant: 404 },
  },
];

const TENANT_ROUTES: RouteCase[] = [
  {
    name: 'GET figure dictionary',
    req: () => ({ method: 'GET', url: '/api/v1/registry/figure-dictionary' }),
    ok: 200,
    denied: { ...NEWS_ONLY },
  },
  {
    name: 'GET rating band sets',
    req: () => ({ method: 'GET', url: '/api/v1/registry/rating-band-sets' }),
    ok: 200,
    denied: { ...NEWS_ONLY },
  },
  {
    name: 'GET deadline',
    req: () => ({ method: 'GET', url: '/api/v1/registry/deadlines/2025' }),
    ok: 200,
    denied: { ...NEWS_ONLY },
  },
  {
    name: 'PUT deadline',
    req: () => ({
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2025',
      payload: { deadline: '2025-12-20' },
    }),
    ok: 200,
    denied: { ...NEWS_ONLY, lanh_dao: 403, member: 403, otherMember: 403 },
  },
  {
    name: 'GET completeness list',
    req: () => ({ method: 'GET', url: '/api/v1/registry/reports?year=2025' }),
    ok: 200,
    denied: { ...NEWS_ONLY, member: 403, otherMember: 403 },
  },
  {
    name: 'GET my report',
    req: () => ({ method: 'GET', url: '/api/v1/registry/my-report?year=2025' }),
    ok: 200,
    denied: { ...NEWS_ONLY, quan_tri: 403, can_bo: 403, lanh_dao: 403, otherTenant: 403 },
  },
];

describe('figures, ratings and reports: permissions per role', () => {
  for (const route of [...ORG_ROUTES, ...TENANT_ROUTES]) {
    it(route.name, async () => {
      for (const who of ALL) {
        if (route.skip?.includes(who)) continue;
        const expected = route.denied[who] ?? route.ok;
        const res = await call(who, route.req());
        expect(res.statusCode, `${who}: ${res.body}`).toBe(expected);
      }
    });
  }
});

describe('tenant isolation', () => {
  it('shows another tenant nothing of ours, and us nothing of theirs', async () => {
    const mine = clients.get('quan_tri') as StaffClient;
    const other = clients.get('otherTenant') as StaffClient;
    for (const path of ['/figures?year=2025', '/figures/years', '/ratings', '/reports/2025']) {
      expect((await mine.inject({ method: 'GET', url: `/api/v1/orgs/${theirs}${path}` })).statusCode).toBe(
        404,
      );
    }
    expect((await putFigures(mine, theirs, 2025, { values: HEALTHY_HTX })).statusCode).toBe(404);
    // Their completeness list holds their organisation only; our deadline is not theirs.
    const list = (await other.inject({ method: 'GET', url: '/api/v1/registry/reports?year=2025' })).json();
    expect(list.items.map((i: { orgId: string }) => i.orgId)).toEqual([theirs]);
    const ourList = (await mine.inject({ method: 'GET', url: '/api/v1/registry/reports?year=2025' })).json();
    expect(ourList.items.map((i: { orgId: string }) => i.orgId)).not.toContain(theirs);
    const set = {
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2024',
      payload: { deadline: '2024-12-10' },
    } as const;
    expect((await mine.inject(set)).statusCode).toBe(200);
    const deadline = (await other.inject({ method: 'GET', url: '/api/v1/registry/deadlines/2024' })).json();
    expect(deadline).toMatchObject({ deadline: '2024-12-15', isDefault: true });
    // Their own figures work as ours do.
    const theirsSaved = await putFigures(other, theirs, 2025, { values: HEALTHY_HTX });
    expect(theirsSaved.statusCode, theirsSaved.body).toBe(200);
    expect((await putFigures(other, ours, 2025, { values: HEALTHY_HTX })).statusCode).toBe(404);
  });
});

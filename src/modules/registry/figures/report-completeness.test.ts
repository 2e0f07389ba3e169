import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { createOrg, HEALTHY_HTX, putFigures } from './figures-test-kit.fixture.ts';

let t: TestApp;
let staff: StaffClient;
let leader: StaffClient;
let staffEmail: string;
let leaderEmail: string;
const ids: Record<string, string> = {};

const HEALTHY_THT = { tv_chinh_thuc: 4, lao_dong: 4, doanh_thu: 300_000_000 };

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.addUser('quan_tri');
  staffEmail = (await t.addUser('can_bo')).email;
  leaderEmail = (await t.addUser('lanh_dao')).email;
  staff = await t.signIn(staffEmail);
  leader = await t.signIn(leaderEmail);
  // Names chosen so the list order (by name) is known.
  ids.an = await createOrg(t, admin, { name: 'Hợp tác xã An Bình' });
  ids.binh = await createOrg(t, admin, { name: 'Hợp tác xã Bình Minh' });
  ids.cuong = await createOrg(t, admin, { name: 'Tổ hợp tác Cường Thịnh', kind: 'THT', regCode: null });
  ids.dung = await createOrg(t, admin, { name: 'Hợp tác xã Dũng Tiến' });
  await createOrg(t, admin, {
    name: 'Hợp tác xã Đã Giải Thể',
    status: 'giai_the',
    statusSince: '2024-05-01',
  });
  await createOrg(t, admin, {
    name: 'Hợp tác xã Mới Lập',
    foundedOn: '2026-01-20',
    registeredOn: '2026-02-01',
  });

  const submit = (id: string) =>
    staff.inject({ method: 'POST', url: `/api/v1/orgs/${id}/reports/2025/submit` });
  for (const id of [ids.an, ids.binh, ids.dung])
    await putFigures(staff, id as string, 2025, { values: HEALTHY_HTX });
  await putFigures(staff, ids.cuong as string, 2025, { values: HEALTHY_THT });
  await submit(ids.an as string);
  await submit(ids.binh as string);
  await staff.inject({ method: 'POST', url: `/api/v1/orgs/${ids.binh}/reports/2025/approve` });
  await submit(ids.dung as string);
  await staff.inject({
    method: 'POST',
    url: `/api/v1/orgs/${ids.dung}/reports/2025/return`,
    payload: { comment: 'Thiếu vốn điều lệ theo điều lệ mới' },
  });
});
afterAll(async () => {
  await t.close();
});

/** Moves the clock (months ahead: sessions expire) and signs the staff in again. */
async function at(iso: string): Promise<void> {
  t.clock.current = new Date(iso);
  staff = await t.signIn(staffEmail);
  leader = await t.signIn(leaderEmail);
}

const list = (client: StaffClient, query: string) =>
  client.inject({ method: 'GET', url: `/api/v1/registry/reports?${query}` });
const rowsOf = (body: { items: { name: string; status: string; overdue: boolean }[] }) =>
  body.items.map((i) => [i.name, i.status, i.overdue]);

describe('report completeness and deadlines', () => {
  it('lists every active organisation with its report state, counts per state, and who is late', async () => {
    const res = await list(leader, 'year=2025');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.deadline).toEqual({ year: 2025, deadline: '2025-12-15', isDefault: true, passed: true });
    expect(body.counts).toEqual({ chua_nop: 1, da_nop: 1, da_duyet: 1, tra_lai: 1, total: 4 });
    // Dissolved and founded-after-the-year organisations are not expected to report.
    expect(rowsOf(body)).toEqual([
      ['Hợp tác xã An Bình', 'da_nop', false],
      ['Hợp tác xã Bình Minh', 'da_duyet', false],
      ['Hợp tác xã Dũng Tiến', 'tra_lai', true],
      ['Tổ hợp tác Cường Thịnh', 'chua_nop', true],
    ]);
    expect(body.items[0]).toMatchObject({
      kind: 'HTX',
      statusLabel: 'Đã nộp',
      submittedAt: '2026-03-02T03:00:00.000Z',
    });
  });

  it('filters by state and kind, and pages', async () => {
    const late = (await list(staff, 'year=2025&status=chua_nop')).json();
    expect(rowsOf(late)).toEqual([['Tổ hợp tác Cường Thịnh', 'chua_nop', true]]);
    expect(late.total).toBe(1);
    const htx = (await list(staff, 'year=2025&kind=HTX')).json();
    expect(htx.counts).toEqual({ chua_nop: 0, da_nop: 1, da_duyet: 1, tra_lai: 1, total: 3 });
    const page2 = (await list(staff, 'year=2025&pageSize=2&page=2')).json();
    expect(page2.items.map((i: { name: string }) => i.name)).toEqual([
      'Hợp tác xã Dũng Tiến',
      'Tổ hợp tác Cường Thịnh',
    ]);
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect((await list(staff, 'year=2025&status=da_gui')).statusCode).toBe(400);
  });

  it('uses the default 15/12 deadline, a set one, and the injected clock to say whether it passed', async () => {
    await at('2026-12-15T16:59:00Z'); // 23:59 on 15/12 in Viet Nam
    const onTime = (await list(staff, 'year=2026')).json();
    expect(onTime.deadline).toEqual({ year: 2026, deadline: '2026-12-15', isDefault: true, passed: false });
    expect(onTime.counts).toMatchObject({ chua_nop: 5, total: 5 });
    expect(onTime.items.every((i: { overdue: boolean }) => !i.overdue)).toBe(true);

    t.clock.advance(60_000); // 00:00 on 16/12 in Viet Nam
    const late = (await list(staff, 'year=2026')).json();
    expect(late.deadline.passed).toBe(true);
    expect(late.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);

    const set = await staff.inject({
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2026',
      payload: { deadline: '2026-12-21' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ year: 2026, deadline: '2026-12-21', isDefault: false, passed: false });
    expect((await list(staff, 'year=2026')).json().items[0].overdue).toBe(false);
    const got = await leader.inject({ method: 'GET', url: '/api/v1/registry/deadlines/2026' });
    expect(got.json()).toMatchObject({ deadline: '2026-12-21', isDefault: false });
  });

  it('validates the deadline and lets only registry writers set it', async () => {
    const wrongYear = await staff.inject({
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2026',
      payload: { deadline: '2028-01-10' },
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().fieldErrors).toEqual({
      deadline: 'Hạn nộp báo cáo năm 2026 phải trong năm 2026 hoặc năm 2027',
    });
    const notADate = await staff.inject({
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2026',
      payload: { deadline: '15/12/2026' },
    });
    expect(notADate.json().fieldErrors).toEqual({ deadline: 'Hạn nộp không hợp lệ (định dạng YYYY-MM-DD)' });
    const byLeader = await leader.inject({
      method: 'PUT',
      url: '/api/v1/registry/deadlines/2026',
      payload: { deadline: '2026-12-20' },
    });
    expect(byLeader.statusCode).toBe(403);
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    const trail = (
      await admin.inject({ method: 'GET', url: '/api/v1/audit?action=registry.deadline.update' })
    ).json();
    expect(trail.items[0]).toMatchObject({
      entityId: '2026',
      before: { deadline: '15/12/2026', isDefault: true },
      after: { deadline: '21/12/2026' },
    });
  });
});

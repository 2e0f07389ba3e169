import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { upsertRatingBandSets } from './figure-dictionary.repo.ts';
import { createOrg, signInMember } from './figures-test-kit.fixture.ts';

let t: TestApp;
let admin: { id: string; email: string };
let staff: StaffClient;
let leader: StaffClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.addUser('quan_tri');
  staff = await t.signIn((await t.addUser('can_bo')).email);
  leader = await t.signIn((await t.addUser('lanh_dao')).email);
});
afterAll(async () => {
  await t.close();
});

const rate = (client: StaffClient, orgId: string, year: number, payload: object) =>
  client.inject({ method: 'PUT', url: `/api/v1/orgs/${orgId}/ratings/${year}`, payload });

describe('ratings', () => {
  it('computes the grade from the score with the Circular 01/2020 bands, audited', async () => {
    const orgId = await createOrg(t, admin);
    const cases: [number, string][] = [
      [80, 'tot'],
      [79.5, 'kha'],
      [65, 'kha'],
      [64.9, 'trung_binh'],
      [50, 'trung_binh'],
      [49, 'yeu'],
    ];
    for (const [score, grade] of cases) {
      const res = await rate(staff, orgId, 2024, { score, note: 'Tự chấm điểm' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        year: 2024,
        score,
        grade,
        bandSetId: 'tt01-2020',
        notRatedReason: null,
      });
    }
    const good = (await rate(staff, orgId, 2023, { score: 86 })).json();
    expect(good).toMatchObject({ grade: 'tot', gradeLabel: 'Tốt', note: '' });
    const list = (await leader.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/ratings` })).json();
    expect(list.items.map((r: { year: number; grade: string }) => [r.year, r.grade])).toEqual([
      [2024, 'yeu'],
      [2023, 'tot'],
    ]);
    const trail = await t
      .signIn(admin.email)
      .then((a) =>
        a.inject({ method: 'GET', url: `/api/v1/audit?entityId=${orgId}&action=org.rating.update` }),
      );
    // Newest first: the 2023 rating, then the last change of 2024.
    expect(trail.json().items[1]).toMatchObject({
      before: { year: 2024, grade: 'trung_binh', score: 50 },
      after: { year: 2024, grade: 'yeu', score: 49, bandSetId: 'tt01-2020' },
    });
  });

  it('refuses a grade that disagrees with the score, and a rating with neither', async () => {
    const orgId = await createOrg(t, admin);
    const mismatch = await rate(staff, orgId, 2024, { score: 70, grade: 'tot' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().fieldErrors).toEqual({
      grade: 'Điểm 70 tương ứng xếp loại “Khá”, không phải “Tốt”',
    });
    const empty = await rate(staff, orgId, 2024, { note: 'Chưa chấm' });
    expect(empty.json().fieldErrors).toEqual({ score: 'Vui lòng nhập điểm hoặc chọn xếp loại' });
    const outOfRange = await rate(staff, orgId, 2024, { score: 101 });
    expect(outOfRange.json().fieldErrors).toEqual({ score: 'Điểm từ 0 đến 100' });
    expect(
      (await staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/ratings/2024` })).statusCode,
    ).toBe(404);
  });

  it('accepts a grade without a score, and an explicit “không xếp loại”', async () => {
    const orgId = await createOrg(t, admin);
    const graded = (await rate(staff, orgId, 2022, { grade: 'kha' })).json();
    expect(graded).toMatchObject({ grade: 'kha', score: null, bandSetId: null });
    const notRated = await rate(staff, orgId, 2023, { grade: 'khong_xep_loai', note: 'Tạm ngừng cả năm' });
    expect(notRated.json()).toMatchObject({
      grade: 'khong_xep_loai',
      gradeLabel: 'Không xếp loại',
      notRatedReason: null,
    });
  });

  it('does not rate an organisation operating under 12 months by 31/12, whatever the score', async () => {
    const orgId = await createOrg(t, admin, { foundedOn: '2025-01-01', registeredOn: '2025-02-10' });
    const res = await rate(staff, orgId, 2025, { score: 92 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      grade: 'khong_xep_loai',
      score: 92,
      notRatedReason:
        'Hoạt động chưa đủ 12 tháng tính đến 31/12/2025 (thành lập ngày 01/01/2025): không xếp loại',
    });
    // Founded on 31/12 of the year before: 12 full months, rated.
    const older = await createOrg(t, admin, { foundedOn: '2024-12-31', registeredOn: '2024-12-31' });
    expect((await rate(staff, older, 2025, { score: 92 })).json().grade).toBe('tot');
  });

  it('grades each year with the band set in force that year (greatest fromYear ≤ year)', async () => {
    await upsertRatingBandSets(t.database.db, [
      {
        id: 'thu-nghiem-2026',
        fromYear: 2026,
        legalBasis: 'Thang thử nghiệm',
        bands: [
          { grade: 'tot', minScore: 90 },
          { grade: 'kha', minScore: 70 },
          { grade: 'trung_binh', minScore: 55 },
          { grade: 'yeu', minScore: 0 },
        ],
        minMonthsOperating: 12,
      },
    ]);
    const orgId = await createOrg(t, admin);
    expect((await rate(staff, orgId, 2025, { score: 85 })).json()).toMatchObject({
      grade: 'tot',
      bandSetId: 'tt01-2020',
    });
    expect((await rate(staff, orgId, 2026, { score: 85 })).json()).toMatchObject({
      grade: 'kha',
      bandSetId: 'thu-nghiem-2026',
    });
    const before2020 = await rate(staff, orgId, 2019, { score: 85 });
    expect(before2020.json().fieldErrors).toEqual({
      score: 'Chưa có thang xếp loại áp dụng cho năm 2019; vui lòng chọn xếp loại',
    });
    const sets = (await leader.inject({ method: 'GET', url: '/api/v1/registry/rating-band-sets' })).json();
    expect(sets.items.map((s: { id: string }) => s.id)).toEqual(['tt01-2020', 'thu-nghiem-2026']);
  });

  it('lets leadership and the member read, only registry writers rate', async () => {
    const orgId = await createOrg(t, admin);
    const otherId = await createOrg(t, admin);
    await rate(staff, orgId, 2024, { score: 66 });
    const member = await signInMember(t, orgId);
    expect(
      (await member.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/ratings/2024` })).json().grade,
    ).toBe('kha');
    expect((await member.inject({ method: 'GET', url: `/api/v1/orgs/${otherId}/ratings` })).statusCode).toBe(
      404,
    );
    expect((await rate(member, orgId, 2024, { score: 99 })).statusCode).toBe(403);
    expect((await rate(leader, orgId, 2024, { score: 99 })).statusCode).toBe(403);
    const editor = await t.signIn((await t.addUser('bien_tap')).email);
    expect((await editor.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/ratings` })).statusCode).toBe(
      403,
    );
    expect(
      (await staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/ratings/2024` })).json().score,
    ).toBe(66);
  });
});

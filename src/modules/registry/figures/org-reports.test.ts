import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { createOrg, HEALTHY_HTX, putFigures, signInMember } from './figures-test-kit.fixture.ts';

let t: TestApp;
let admin: { id: string; email: string };
let adminClient: StaffClient;
let staff: StaffClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.addUser('quan_tri');
  adminClient = await t.signIn(admin.email);
  staff = await t.signIn((await t.addUser('can_bo')).email);
});
afterAll(async () => {
  await t.close();
});

const report = (client: StaffClient, orgId: string, year: number, action?: string, payload?: object) =>
  client.inject({
    method: action ? 'POST' : 'GET',
    url: `/api/v1/orgs/${orgId}/reports/${year}${action ? `/${action}` : ''}`,
    ...(payload ? { payload } : {}),
  });
const saveDraft = (client: StaffClient, orgId: string, year: number, payload: object) =>
  client.inject({ method: 'PUT', url: `/api/v1/orgs/${orgId}/reports/${year}`, payload });

describe('member self-reporting', () => {
  it('fills, submits, is returned with a comment, fixes, resubmits, is approved; then the values lock', async () => {
    const orgId = await createOrg(t, admin, { representativeName: 'Nguyễn Văn An', publicPhone: '' });
    const member = await signInMember(t, orgId);

    // The member's page: its organisation, an empty report and the figures form.
    const page = await member.inject({ method: 'GET', url: '/api/v1/registry/my-report?year=2025' });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({
      org: { id: orgId, kind: 'HTX', profile: { representativeName: 'Nguyễn Văn An', publicPhone: '' } },
      report: {
        status: 'chua_nop',
        statusLabel: 'Chưa nộp',
        canEdit: true,
        locked: false,
        deadline: { deadline: '2025-12-15', isDefault: true, passed: true },
      },
      figures: { year: 2025, values: {} },
    });
    expect(page.json().figures.indicators.length).toBe(10);

    // Fill: figures (a soft warning comes back) and profile changes.
    const filled = await putFigures(member, orgId, 2025, { values: { ...HEALTHY_HTX, tv_chinh_thuc: 4 } });
    expect(filled.statusCode, filled.body).toBe(200);
    expect(filled.json().warnings[0].ruleCode).toBe('htx_toi_thieu_5_thanh_vien');
    const refused = await saveDraft(member, orgId, 2025, { profileChanges: { privatePhone: '0900000000' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fieldErrors).toEqual({
      profileChanges:
        'Chỉ được đề nghị thay đổi địa chỉ, người đại diện, liên hệ công khai, website, quy mô và ghi chú',
    });
    const badPhone = await saveDraft(member, orgId, 2025, { profileChanges: { publicPhone: 'gọi tôi' } });
    expect(Object.keys(badPhone.json().fieldErrors)).toEqual(['profileChanges.publicPhone']);
    const draft = await saveDraft(member, orgId, 2025, {
      profileChanges: {
        representativeName: 'Trần Thị Bình',
        representativeTitle: 'Giám đốc',
        publicPhone: '0912 345 678',
        website: 'https://htx-binh-minh.vn',
      },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().profileChanges).toMatchObject({ representativeName: 'Trần Thị Bình' });

    // Submit: đã nộp, and the member can no longer change anything.
    const submitted = await report(member, orgId, 2025, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'da_nop',
      canEdit: false,
      submittedAt: '2026-03-02T03:00:00.000Z',
    });
    const whileWaiting = await putFigures(member, orgId, 2025, { values: { lao_dong: 21 } });
    expect(whileWaiting.statusCode).toBe(409);
    expect(whileWaiting.json().message).toBe(
      'Báo cáo năm 2025 đã nộp và đang chờ duyệt: không thể sửa số liệu.',
    );
    expect((await report(member, orgId, 2025, 'submit')).json().message).toBe(
      'Báo cáo năm 2025 đã được nộp và đang chờ duyệt.',
    );

    // Staff return it: a reason is required.
    const noReason = await report(staff, orgId, 2025, 'return', { comment: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fieldErrors).toEqual({ comment: 'Vui lòng nhập lý do trả lại' });
    const returned = await report(staff, orgId, 2025, 'return', {
      comment: 'Doanh thu chưa khớp báo cáo tài chính',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'tra_lai',
      comment: 'Doanh thu chưa khớp báo cáo tài chính',
    });

    // The member reads the comment, fixes and resubmits.
    const back = (await member.inject({ method: 'GET', url: '/api/v1/registry/my-report?year=2025' })).json();
    expect(back.report).toMatchObject({ status: 'tra_lai', statusLabel: 'Trả lại', canEdit: true });
    expect(back.report.comment).toBe('Doanh thu chưa khớp báo cáo tài chính');
    expect((await putFigures(member, orgId, 2025, { values: { doanh_thu: 3_200_000_000 } })).statusCode).toBe(
      200,
    );
    expect((await report(member, orgId, 2025, 'submit')).json().status).toBe('da_nop');

    // Staff approve: the proposed profile changes reach the organisation.
    const approved = await report(staff, orgId, 2025, 'approve');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'da_duyet', locked: true, canEdit: false });
    const org = (await staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}` })).json();
    expect(org).toMatchObject({
      representativeName: 'Trần Thị Bình',
      representativeTitle: 'Giám đốc',
      publicPhone: '0912 345 678',
      website: 'https://htx-binh-minh.vn',
    });

    // Locked for the member…
    const locked = await putFigures(member, orgId, 2025, { values: { lao_dong: 30 } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toBe(
      'Số liệu năm 2025 đã được duyệt và khóa; chỉ cán bộ Liên minh được sửa.',
    );
    expect((await saveDraft(member, orgId, 2025, { profileChanges: { notes: 'x' } })).statusCode).toBe(409);
    expect(
      (await member.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}/figures?year=2025` })).json(),
    ).toMatchObject({
      locked: true,
      values: { lao_dong: 20, doanh_thu: 3_200_000_000 },
    });

    // …but staff still change them, and the audit says the year was locked.
    const staffEdit = await putFigures(staff, orgId, 2025, { values: { lao_dong: 30 } });
    expect(staffEdit.statusCode, staffEdit.body).toBe(200);
    const trail = (
      await adminClient.inject({ method: 'GET', url: `/api/v1/audit?entityId=${orgId}&pageSize=50` })
    ).json();
    const actions = trail.items.map((i: { action: string }) => i.action);
    expect(actions.slice(0, 3)).toEqual(['org.figures.update', 'org.report.approve', 'org.update']);
    expect(actions).toEqual(
      expect.arrayContaining(['org.report.return', 'org.report.submit', 'org.report.update']),
    );
    expect(trail.items[0]).toMatchObject({
      before: { year: 2025, values: { lao_dong: 20 } },
      after: { year: 2025, values: { lao_dong: 30 }, reportStatus: 'da_duyet', locked: true },
    });
    expect(trail.items[1].after).toMatchObject({
      status: 'da_duyet',
      profileChangesApplied: { representativeName: 'Trần Thị Bình' },
    });

    // No step twice.
    expect((await report(staff, orgId, 2025, 'approve')).json().message).toBe(
      'Báo cáo năm 2025 đã được duyệt.',
    );
    expect((await report(staff, orgId, 2025, 'return', { comment: 'Sửa lại' })).statusCode).toBe(409);
    expect((await report(member, orgId, 2025, 'submit')).json().message).toBe(
      'Báo cáo năm 2025 đã được duyệt, không thể nộp lại.',
    );
  });

  it('refuses to submit figures with hard errors, naming the fields', async () => {
    const orgId = await createOrg(t, admin);
    const member = await signInMember(t, orgId);
    await putFigures(staff, orgId, 2024, { values: HEALTHY_HTX });
    const res = await report(member, orgId, 2025, 'submit');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      message: 'Báo cáo còn số liệu thiếu hoặc chưa hợp lệ: vui lòng sửa trước khi nộp.',
      fieldErrors: {
        'values.tv_chinh_thuc': 'Vui lòng nhập thành viên chính thức',
        'values.doanh_thu': 'Vui lòng nhập doanh thu',
      },
    });
    expect((await report(member, orgId, 2025)).json().status).toBe('chua_nop');
  });

  it('does not approve profile changes the organisation record refuses, and changes nothing', async () => {
    const orgId = await createOrg(t, admin, { street: 'Thôn Đông' });
    const member = await signInMember(t, orgId);
    await putFigures(member, orgId, 2025, { values: HEALTHY_HTX });
    await saveDraft(member, orgId, 2025, { profileChanges: { communeCode: '99999', street: 'Thôn Tây' } });
    await report(member, orgId, 2025, 'submit');
    const res = await report(staff, orgId, 2025, 'approve');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      message: 'Không áp dụng được thay đổi hồ sơ đề nghị; vui lòng trả lại để thành viên sửa.',
      fieldErrors: { 'profileChanges.communeCode': 'Không tìm thấy xã, phường có mã 99999' },
    });
    expect((await report(staff, orgId, 2025)).json().status).toBe('da_nop');
    expect((await staff.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}` })).json().street).toBe(
      'Thôn Đông',
    );
  });

  it('cannot approve or return a report that was not submitted', async () => {
    const orgId = await createOrg(t, admin);
    const approve = await report(staff, orgId, 2025, 'approve');
    expect(approve.statusCode).toBe(409);
    expect(approve.json().message).toBe('Báo cáo năm 2025 chưa được nộp nên chưa thể duyệt.');
    const ret = await report(staff, orgId, 2025, 'return', { comment: 'Thiếu số liệu' });
    expect(ret.json().message).toBe('Báo cáo năm 2025 chưa được nộp nên chưa thể trả lại.');
  });

  it('lets only registry writers approve or return, and a member act only for its own organisation', async () => {
    const orgId = await createOrg(t, admin);
    const otherId = await createOrg(t, admin);
    const member = await signInMember(t, orgId);
    await putFigures(member, orgId, 2025, { values: HEALTHY_HTX });
    await report(member, orgId, 2025, 'submit');
    const leader = await t.signIn((await t.addUser('lanh_dao')).email);
    expect((await report(member, orgId, 2025, 'approve')).statusCode).toBe(403);
    expect((await report(leader, orgId, 2025, 'approve')).statusCode).toBe(403);
    expect((await report(leader, orgId, 2025)).json().status).toBe('da_nop');
    expect((await report(member, otherId, 2025)).statusCode).toBe(404);
    expect((await putFigures(member, otherId, 2025, { values: HEALTHY_HTX })).statusCode).toBe(404);
    expect((await report(member, otherId, 2025, 'submit')).statusCode).toBe(404);
    // Staff may submit on a member's behalf.
    await putFigures(staff, otherId, 2025, { values: HEALTHY_HTX });
    expect((await report(staff, otherId, 2025, 'submit')).json().status).toBe('da_nop');
    // my-report is the member's page only.
    const forStaff = await staff.inject({ method: 'GET', url: '/api/v1/registry/my-report' });
    expect(forStaff.statusCode).toBe(403);
    const unlinked = await t.signIn((await t.addUser('thanh_vien')).email);
    const orphan = await unlinked.inject({ method: 'GET', url: '/api/v1/registry/my-report' });
    expect(orphan.statusCode).toBe(404);
    expect(orphan.json().message).toBe(
      'Tài khoản chưa được gắn với tổ chức nào; vui lòng liên hệ Liên minh Hợp tác xã.',
    );
  });
});

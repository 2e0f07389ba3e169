import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { uploadPdf } from '../../documents/documents-test-kit.fixture.ts';
import { tempDataDir, upload } from '../../media/media-test-kit.fixture.ts';
import { fileUpload } from '../../media/multipart.fixture.ts';
import { makePdf, makePng } from '../../media/test-files.fixture.ts';
import type { OrgDto } from './orgs.dto.ts';
import { figuresOf, findOrgSearchEntry, insertFigure, insertRating } from './orgs-test.repo.ts';
import { createOrg, editOf } from './orgs-test-kit.fixture.ts';

let t: TestApp;
let data: ReturnType<typeof tempDataDir>;
let officer: StaffClient;
let admin: StaffClient;

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  officer = await t.signIn((await t.addUser('can_bo')).email);
  admin = await t.signIn((await t.addUser('quan_tri')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const get = async (url: string) => (await officer.inject({ method: 'GET', url })).json();

describe('members of a union', () => {
  it('links cooperatives and credit funds of the tenant to a union, and unlinks them', async () => {
    const union = await createOrg(officer, { kind: 'LHHTX', name: 'Liên hiệp HTX Miền Núi' });
    const htx = await createOrg(officer, { name: 'Hợp tác xã Bản Mường' });
    const fund = await createOrg(officer, { kind: 'QTDND', name: 'Quỹ tín dụng nhân dân Đồng Xuân' });
    for (const m of [htx, fund]) {
      const res = await officer.inject({
        method: 'POST',
        url: `/api/v1/orgs/${union.id}/union-members`,
        payload: { memberId: m.id, joinedOn: '2021-02-03' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const members = await get(`/api/v1/orgs/${union.id}/union-members`);
    expect(members.items.map((m: { member: { name: string } }) => m.member.name)).toEqual([
      'Hợp tác xã Bản Mường',
      'Quỹ tín dụng nhân dân Đồng Xuân',
    ]);
    expect(members.items[0]).toMatchObject({ joinedOn: '2021-02-03', leftOn: null, member: { kind: 'HTX' } });

    const del = await officer.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${union.id}/union-members/${fund.id}`,
    });
    expect(del.statusCode).toBe(204);
    expect((await get(`/api/v1/orgs/${union.id}/union-members`)).items).toHaveLength(1);
  });

  it('refuses members for a non-union, a non-cooperative member, and the union itself', async () => {
    const union = await createOrg(officer, { kind: 'LHHTX' });
    const htx = await createOrg(officer, { name: 'Hợp tác xã Không Phải Liên Hiệp' });
    const tht = await createOrg(officer, { kind: 'THT', regCode: null, name: 'Tổ hợp tác Nhỏ' });
    const add = (unionId: string, memberId: string) =>
      officer.inject({ method: 'POST', url: `/api/v1/orgs/${unionId}/union-members`, payload: { memberId } });
    const notUnion = await add(htx.id, union.id);
    expect(notUnion.statusCode).toBe(400);
    expect(notUnion.json().message).toBe(
      'Chỉ liên hiệp hợp tác xã mới có thành viên; Hợp tác xã Không Phải Liên Hiệp là hợp tác xã.',
    );
    expect((await add(union.id, tht.id)).json().fieldErrors.memberId).toContain(
      'Tổ hợp tác Nhỏ là tổ hợp tác',
    );
    expect((await add(union.id, union.id)).json().fieldErrors.memberId).toBe(
      'Liên hiệp không thể là thành viên của chính nó',
    );
  });
});

const uploadTo = (orgId: string, name: string, type: string, bytes: Buffer, query = '') =>
  officer.inject({
    method: 'POST',
    url: `/api/v1/orgs/${orgId}/attachments/upload${query}`,
    ...fileUpload(name, type, bytes),
  });

describe('attachments', () => {
  it('lets a registry officer upload and attach a document from the organisation page', async () => {
    const org = await createOrg(officer);
    const res = await uploadTo(
      org.id,
      'Giấy chứng nhận ĐKHTX.pdf',
      'application/pdf',
      makePdf('GCN'),
      '?kind=giay_chung_nhan',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toMatchObject([
      { kind: 'giay_chung_nhan', title: 'Giấy chứng nhận ĐKHTX.pdf', file: { mime: 'application/pdf' } },
    ]);
    const image = await uploadTo(org.id, 'anh.png', 'image/png', await makePng(20, 20));
    expect(image.statusCode).toBe(400);
    expect(image.json().fieldErrors.mediaId).toContain('không phải tài liệu');
    const lanhDao = await t.signIn((await t.addUser('lanh_dao')).email);
    const refused = await lanhDao.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/attachments/upload`,
      ...fileUpload('x.pdf', 'application/pdf', makePdf('x')),
    });
    expect(refused.statusCode).toBe(403);
  });

  it('attaches a media-library document with its kind, lists it, protects it in the library, detaches it', async () => {
    const org = await createOrg(officer);
    const pdf = await uploadPdf(admin, 'Điều lệ HTX 2024.pdf');
    const res = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/attachments`,
      payload: { mediaId: pdf.id, kind: 'dieu_le' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toMatchObject([
      { kind: 'dieu_le', title: 'Điều lệ HTX 2024.pdf', file: { id: pdf.id, mime: 'application/pdf' } },
    ]);
    const inUse = await admin.inject({ method: 'DELETE', url: `/api/v1/media/${pdf.id}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.body).toContain(org.name);

    const image = (await upload(admin, 'anh.png', 'image/png', await makePng(20, 20))).json();
    const refused = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/attachments`,
      payload: { mediaId: image.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fieldErrors.mediaId).toContain('không phải tài liệu');

    const del = await officer.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.id}/attachments/${pdf.id}`,
    });
    expect(del.statusCode).toBe(204);
    expect((await get(`/api/v1/orgs/${org.id}/attachments`)).items).toEqual([]);
  });
});

describe('merge', () => {
  it('moves history to the kept record where it has none, keeps its own on conflict, retires the duplicate', async () => {
    const kept = await createOrg(officer, { name: 'Hợp tác xã Thống Nhất', statusSince: '2019-01-01' });
    const dup = await createOrg(officer, { name: 'HTX Thống Nhất (trùng)', statusSince: '2018-01-01' });
    const db = t.database.db;
    await insertFigure(db, t.tenant.id, kept.id, 2024, 'tv_chinh_thuc', 12);
    await insertFigure(db, t.tenant.id, dup.id, 2024, 'tv_chinh_thuc', 99);
    await insertFigure(db, t.tenant.id, dup.id, 2023, 'tv_chinh_thuc', 10);
    await insertRating(db, t.tenant.id, dup.id, 2023, 'kha', 70);
    const pdf = await uploadPdf(admin, 'Giấy chứng nhận.pdf');
    await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${dup.id}/attachments`,
      payload: { mediaId: pdf.id },
    });
    const rep = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${dup.id}/representatives`,
      payload: { email: 'trung@htx.vn', fullName: 'Người Của Bản Trùng' },
    });
    expect(rep.statusCode).toBe(201);

    const res = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${dup.id}/merge`,
      payload: { intoId: kept.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: kept.id, latestRating: { year: 2023, grade: 'kha' } });

    // The kept record's own 2024 value wins; the duplicate's 2023 value moves.
    expect(await figuresOf(db, kept.id)).toEqual([
      { year: 2023, indicatorCode: 'tv_chinh_thuc', value: 10 },
      { year: 2024, indicatorCode: 'tv_chinh_thuc', value: 12 },
    ]);
    expect(await figuresOf(db, dup.id)).toEqual([{ year: 2024, indicatorCode: 'tv_chinh_thuc', value: 99 }]);
    const statuses = await get(`/api/v1/orgs/${kept.id}/status-history`);
    expect(statuses.items.map((s: { since: string }) => s.since)).toEqual(['2019-01-01', '2018-01-01']);
    expect((await get(`/api/v1/orgs/${kept.id}/attachments`)).items).toHaveLength(1);
    expect((await get(`/api/v1/orgs/${kept.id}/representatives`)).items).toMatchObject([
      { email: 'trung@htx.vn' },
    ]);

    // The duplicate leaves lists, detail and search; its audit trail stays.
    expect((await officer.inject({ method: 'GET', url: `/api/v1/orgs/${dup.id}` })).statusCode).toBe(404);
    const list = await get(`/api/v1/orgs?q=${encodeURIComponent('thong nhat')}`);
    expect(list.items.map((o: OrgDto) => o.id)).toEqual([kept.id]);
    expect(await findOrgSearchEntry(db, t.tenant.id, dup.id)).toBeUndefined();
    const keptHistory = await get(`/api/v1/orgs/${kept.id}/history`);
    expect(keptHistory.items[0]).toMatchObject({ action: 'org.merge_into', after: { mergedFromId: dup.id } });
    const dupTrail = (await admin.inject({ method: 'GET', url: `/api/v1/audit?entityId=${dup.id}` })).json();
    expect(dupTrail.items.map((e: { action: string }) => e.action)).toContain('org.merge');

    // Its registration code is free again for the kept record.
    const fresh = (await officer.inject({ method: 'GET', url: `/api/v1/orgs/${kept.id}` })).json();
    const reuse = await officer.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${kept.id}`,
      payload: editOf(fresh, { regCode: dup.regCode }),
    });
    expect(reuse.statusCode, reuse.body).toBe(200);
  });

  it('refuses merging a record into itself or into an unknown record', async () => {
    const org = await createOrg(officer);
    const self = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/merge`,
      payload: { intoId: org.id },
    });
    expect(self.json().fieldErrors).toEqual({ intoId: 'Không thể hợp nhất một tổ chức với chính nó' });
    const unknown = await officer.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/merge`,
      payload: { intoId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.json().fieldErrors).toEqual({ intoId: 'Không tìm thấy tổ chức giữ lại' });
  });
});

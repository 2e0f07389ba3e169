import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { silentLog } from '../../core/silent-log.ts';
import { tempDataDir, upload } from '../media/media-test-kit.fixture.ts';
import { addSecondTenant } from '../media/second-tenant.fixture.ts';
import { makePng } from '../media/test-files.fixture.ts';
import { listLatestDocuments } from './document-cards.service.ts';
import { documentSitemapEntries } from './document-sitemap.service.ts';
import { createDocument, documentPayload, uploadPdf } from './documents-test-kit.fixture.ts';

let t: TestApp;
let admin: StaffClient;
let editor: StaffClient;
let data: ReturnType<typeof tempDataDir>;
const ctx = () => ({
  db: t.database.db,
  tenantId: t.tenant.id,
  actor: null,
  requestId: null,
  log: silentLog,
});

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  admin = await t.signIn((await t.addUser('quan_tri')).email);
  editor = await t.signIn((await t.addUser('bien_tap')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

const post = (client: StaffClient, payload: unknown) =>
  client.inject({ method: 'POST', url: '/api/v1/documents', payload: payload as object });

describe('legal documents API', () => {
  it('creates a document with ordered attachments, audited', async () => {
    const first = await uploadPdf(editor, 'Quyết định 15.pdf');
    const second = await uploadPdf(editor, 'Phụ lục kèm theo.pdf');
    const res = await post(
      editor,
      documentPayload({
        number: '15/QĐ-LMHTX',
        fileIds: [second.id, first.id],
        summary: '  Về việc   kiện toàn Ban chỉ đạo ',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      number: '15/QĐ-LMHTX',
      docType: 'Quyết định',
      issuedOn: '2025-03-10',
      effectiveOn: '2025-03-15',
      summary: 'Về việc kiện toàn Ban chỉ đạo',
      status: 'con_hieu_luc',
      replacedBy: null,
      url: `/van-ban/${doc.id}`,
    });
    expect(doc.files.map((f: { name: string }) => f.name)).toEqual([
      'Phụ lục kèm theo.pdf',
      'Quyết định 15.pdf',
    ]);
    expect(doc.files[0]).toMatchObject({ mime: 'application/pdf', typeLabel: 'PDF', url: second.url });
    const got = await editor.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}` });
    expect(got.json()).toEqual(doc);
    const trail = (
      await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=document&entityId=${doc.id}` })
    ).json();
    expect(trail.items[0]).toMatchObject({ action: 'document.create', after: { number: '15/QĐ-LMHTX' } });
  });

  it('updates, replaces attachments, and records before/after', async () => {
    const doc = await createDocument(editor);
    const pdf = await uploadPdf(editor, 'Bản sửa đổi.pdf');
    const res = await editor.inject({
      method: 'PUT',
      url: `/api/v1/documents/${doc.id}`,
      payload: documentPayload({
        number: doc.number,
        summary: 'Trích yếu mới',
        fileIds: [pdf.id],
        status: 'het_hieu_luc',
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ summary: 'Trích yếu mới', status: 'het_hieu_luc' });
    expect(res.json().files).toHaveLength(1);
    const trail = (
      await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=document&entityId=${doc.id}` })
    ).json();
    expect(trail.items[0]).toMatchObject({
      action: 'document.update',
      before: { status: 'con_hieu_luc' },
      after: { status: 'het_hieu_luc', summary: 'Trích yếu mới' },
    });
  });

  it('links a replaced document to the one replacing it, in the same alliance', async () => {
    const newer = await createDocument(editor, { number: '20/QĐ-LMHTX' });
    const older = await createDocument(editor, { status: 'bi_thay_the', replacedById: newer.id });
    const got = (await editor.inject({ method: 'GET', url: `/api/v1/documents/${older.id}` })).json();
    expect(got.replacedBy).toEqual({
      id: newer.id,
      number: '20/QĐ-LMHTX',
      docType: 'Quyết định',
      url: newer.url,
    });
    // The replacing document cannot go while it is named as such.
    const del = await editor.inject({ method: 'DELETE', url: `/api/v1/documents/${newer.id}` });
    expect(del.statusCode).toBe(409);
    expect(del.json().message).toContain(older.number);
    const self = await editor.inject({
      method: 'PUT',
      url: `/api/v1/documents/${older.id}`,
      payload: documentPayload({ status: 'bi_thay_the', replacedById: older.id }),
    });
    expect(self.json().fieldErrors).toEqual({ replacedById: 'Văn bản không thể thay thế chính nó' });
  });

  it('lists and filters for staff, including unpublished', async () => {
    await createDocument(editor, {
      number: '99/KH-LMHTX',
      docType: 'Kế hoạch',
      published: false,
      issuedOn: '2024-12-01',
      effectiveOn: null,
      summary: 'Kế hoạch phát triển hợp tác xã',
    });
    const q = async (qs: string) =>
      (await editor.inject({ method: 'GET', url: `/api/v1/documents?${qs}` })).json();
    expect((await q('q=ke%20hoach%20phat%20trien')).items.map((d: { number: string }) => d.number)).toEqual([
      '99/KH-LMHTX',
    ]);
    expect((await q('published=false')).total).toBe(1);
    expect((await q('year=2024')).total).toBe(1);
    expect((await q('docType=K%E1%BA%BF%20ho%E1%BA%A1ch')).total).toBe(1);
    const bad = await editor.inject({
      method: 'GET',
      url: '/api/v1/documents?year=abc&docType=Sắc lệnh&page=0',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fieldErrors).sort()).toEqual(['docType', 'page', 'year']);
  });

  it('gives the home page the latest published documents and the sitemap its entries', async () => {
    await createDocument(editor, {
      number: '01/TB-LMHTX',
      docType: 'Thông báo',
      issuedOn: '2026-02-01',
      effectiveOn: null,
    });
    const latest = await listLatestDocuments(ctx(), 2);
    expect(latest).toHaveLength(2);
    expect(latest[0]).toMatchObject({ number: '01/TB-LMHTX', issuedOn: '2026-02-01' });
    expect(latest[0]?.url).toBe(`/van-ban/${latest[0]?.id}`);
    expect(Object.keys(latest[0] ?? {}).sort()).toEqual(['id', 'issuedOn', 'number', 'summary', 'url']);
    const all = await listLatestDocuments(ctx(), 50);
    expect(all.some((d) => d.number === '99/KH-LMHTX')).toBe(false);
    const sitemap = await documentSitemapEntries(ctx());
    expect(sitemap[0]?.path).toBe('/van-ban');
    expect(sitemap.length).toBe(all.length + 1);
    expect(sitemap[1]?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('bad input: each field named, nothing written', () => {
  async function total() {
    return (await editor.inject({ method: 'GET', url: '/api/v1/documents?pageSize=100' })).json().total;
  }

  it('names every missing or malformed field', async () => {
    const before = await total();
    const res = await post(editor, {
      number: ' ',
      docType: 'Sắc lệnh',
      issuer: '',
      issuedOn: '2025-02-30',
      summary: '',
      status: 'con_hieu_luc',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({
      number: 'Vui lòng nhập số ký hiệu',
      docType: 'Loại văn bản không hợp lệ',
      issuer: 'Vui lòng nhập cơ quan ban hành',
      issuedOn: 'Ngày ban hành không hợp lệ (định dạng YYYY-MM-DD)',
      summary: 'Vui lòng nhập trích yếu',
    });
    expect(await total()).toBe(before);
  });

  it('refuses an effective date before the issue date, and a replaced status without its replacement', async () => {
    const before = await total();
    const early = await post(editor, documentPayload({ issuedOn: '2025-05-10', effectiveOn: '2025-05-09' }));
    expect(early.json().fieldErrors).toEqual({ effectiveOn: 'Ngày hiệu lực không được trước ngày ban hành' });
    const orphan = await post(editor, documentPayload({ status: 'bi_thay_the' }));
    expect(orphan.json().fieldErrors).toEqual({ replacedById: 'Vui lòng chọn văn bản thay thế' });
    const stray = await post(
      editor,
      documentPayload({ replacedById: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(stray.json().fieldErrors.replacedById).toMatch(/Chỉ chọn văn bản thay thế/);
    const unknown = await post(
      editor,
      documentPayload({ status: 'bi_thay_the', replacedById: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.json().fieldErrors).toEqual({ replacedById: 'Không tìm thấy văn bản thay thế' });
    expect(await total()).toBe(before);
  });

  it('refuses images, unknown media and duplicates as attachments', async () => {
    const before = await total();
    const image = (await upload(editor, 'anh.png', 'image/png', await makePng(20, 20))).json();
    const asImage = await post(editor, documentPayload({ fileIds: [image.id] }));
    expect(asImage.statusCode).toBe(400);
    expect(asImage.json().fieldErrors.fileIds).toMatch(/không phải tài liệu/);
    const pdf = await uploadPdf(editor, 'a.pdf');
    const twice = await post(editor, documentPayload({ fileIds: [pdf.id, pdf.id] }));
    expect(twice.json().fieldErrors.fileIds).toBe('Một tệp chỉ được đính kèm một lần');
    const malformed = await post(editor, documentPayload({ fileIds: ['abc'] }));
    expect(malformed.json().fieldErrors['fileIds.0']).toBe('Mã tệp không hợp lệ');
    expect(await total()).toBe(before);
  });

  it('keeps text fields as plain text: markup is removed', async () => {
    const res = await post(
      editor,
      documentPayload({
        number: '<b>7</b>/CT-LMHTX',
        summary: 'Chỉ thị <script>alert("x")</script>về <img src=x onerror=alert(1)>thi đua',
        signer: '<a href="javascript:alert(1)">Trần Thị B</a>',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      number: '7/CT-LMHTX',
      summary: 'Chỉ thị về thi đua',
      signer: 'Trần Thị B',
    });
  });

  it('answers unknown ids with 404 and malformed ones with 400', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await editor.inject({ method: 'GET', url: `/api/v1/documents/${unknown}` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await editor.inject({
          method: 'PUT',
          url: `/api/v1/documents/${unknown}`,
          payload: documentPayload(),
        })
      ).statusCode,
    ).toBe(404);
    expect((await editor.inject({ method: 'DELETE', url: `/api/v1/documents/${unknown}` })).statusCode).toBe(
      404,
    );
    expect((await editor.inject({ method: 'GET', url: '/api/v1/documents/12' })).statusCode).toBe(400);
  });
});

describe('permissions and tenants', () => {
  it('administrators and editors write; other staff read; visitors nothing', async () => {
    const doc = await createDocument(admin);
    for (const role of ['cong_tac_vien', 'can_bo', 'lanh_dao', 'thanh_vien'] as const) {
      const c = await t.signIn((await t.addUser(role)).email);
      expect((await c.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}` })).statusCode, role).toBe(
        200,
      );
      expect((await post(c, documentPayload())).statusCode, role).toBe(403);
      expect(
        (await c.inject({ method: 'DELETE', url: `/api/v1/documents/${doc.id}` })).statusCode,
        role,
      ).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/documents' })).statusCode).toBe(401);
    expect((await editor.inject({ method: 'DELETE', url: `/api/v1/documents/${doc.id}` })).statusCode).toBe(
      204,
    );
    expect((await editor.inject({ method: 'GET', url: `/api/v1/documents/${doc.id}` })).statusCode).toBe(404);
  });

  it('another alliance neither sees nor touches our documents, files or replacements', async () => {
    const ours = await createDocument(editor, { number: 'RIENG/LMHTX' });
    const pdf = await uploadPdf(editor, 'Riêng.pdf');
    const { adminEmail } = await addSecondTenant(t);
    const other = await t.signIn(adminEmail);
    expect((await other.inject({ method: 'GET', url: '/api/v1/documents' })).json().total).toBe(0);
    for (const method of ['GET', 'DELETE'] as const) {
      expect((await other.inject({ method, url: `/api/v1/documents/${ours.id}` })).statusCode).toBe(404);
    }
    const put = await other.inject({
      method: 'PUT',
      url: `/api/v1/documents/${ours.id}`,
      payload: documentPayload(),
    });
    expect(put.statusCode).toBe(404);
    const borrow = await post(other, documentPayload({ fileIds: [pdf.id] }));
    expect(borrow.json().fieldErrors.fileIds).toMatch(/không tồn tại/);
    const cross = await post(other, documentPayload({ status: 'bi_thay_the', replacedById: ours.id }));
    expect(cross.json().fieldErrors.replacedById).toBe('Không tìm thấy văn bản thay thế');
    expect((await editor.inject({ method: 'GET', url: `/api/v1/documents/${ours.id}` })).json().number).toBe(
      'RIENG/LMHTX',
    );
  });
});

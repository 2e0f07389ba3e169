import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { silentLog } from '../../core/silent-log.ts';
import type { MediaDto } from './media.dto.ts';
import { getImageForDisplay, getImagesForDisplay, mediaHasAlt } from './media-display.service.ts';
import { filesUnder, tempDataDir, upload } from './media-test-kit.fixture.ts';
import { addSecondTenant, HOME_HOST, OTHER_HOST } from './second-tenant.fixture.ts';
import { makeJpeg, makePdf, makePng } from './test-files.fixture.ts';

let t: TestApp;
let editor: StaffClient;
let data: ReturnType<typeof tempDataDir>;
let photo: MediaDto;
let pdf: MediaDto;

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
  editor = await t.signIn((await t.addUser('bien_tap')).email);
  const res = await upload(editor, 'dai-hoi.jpg', 'image/jpeg', await makeJpeg(1400, 700), [
    { name: 'alt', data: 'Đại hội đại biểu Liên minh Hợp tác xã' },
    { name: 'caption', data: 'Ảnh: Văn phòng Liên minh' },
  ]);
  expect(res.statusCode, res.body).toBe(201);
  photo = res.json();
  pdf = (await upload(editor, 'Báo cáo tổng kết.pdf', 'application/pdf', makePdf())).json();
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

describe('media library', () => {
  it('keeps the alt and caption sent with the upload', () => {
    expect(photo).toMatchObject({
      alt: 'Đại hội đại biểu Liên minh Hợp tác xã',
      caption: 'Ảnh: Văn phòng Liên minh',
    });
  });

  it('searches names, alt and captions without diacritics, filters by kind, pages', async () => {
    await upload(editor, 'khong-mo-ta.png', 'image/png', await makePng(40, 40));
    const find = async (qs: string) =>
      (await editor.inject({ method: 'GET', url: `/api/v1/media?${qs}` })).json() as {
        items: MediaDto[];
        total: number;
      };
    expect((await find('q=dai%20bieu%20lien%20minh')).items.map((m) => m.id)).toEqual([photo.id]);
    expect((await find('q=VAN%20PHONG')).items.map((m) => m.id)).toEqual([photo.id]);
    expect((await find('q=bao%20cao')).items.map((m) => m.id)).toEqual([pdf.id]);
    expect((await find('q=100%25')).total).toBe(0);
    expect((await find('kind=file')).items.map((m) => m.id)).toEqual([pdf.id]);
    const page = await find('pageSize=1&page=2');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(3);
    const bad = await editor.inject({ method: 'GET', url: '/api/v1/media?pageSize=1000&kind=video' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fieldErrors).sort()).toEqual(['kind', 'pageSize']);
  });

  it('updates alt and caption as plain text, audited', async () => {
    const res = await editor.inject({
      method: 'PATCH',
      url: `/api/v1/media/${photo.id}`,
      payload: {
        alt: 'Toàn cảnh <script>alert(1)</script>đại hội',
        caption: '<b onclick="x()">Ảnh:</b> T.T',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ alt: 'Toàn cảnh đại hội', caption: 'Ảnh: T.T' });
    const trail = await editor.inject({
      method: 'GET',
      url: `/api/v1/audit?entity=media&entityId=${photo.id}`,
    });
    expect(trail.statusCode).toBe(403); // the trail is for administrators
    const admin = await t.signIn((await t.addUser('quan_tri')).email);
    const items = (
      await admin.inject({ method: 'GET', url: `/api/v1/audit?entity=media&entityId=${photo.id}` })
    ).json().items;
    expect(items[0]).toMatchObject({ action: 'media.update', after: { alt: 'Toàn cảnh đại hội' } });
    const tooLong = await editor.inject({
      method: 'PATCH',
      url: `/api/v1/media/${photo.id}`,
      payload: { alt: 'x'.repeat(301) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fieldErrors.alt).toBe('Mô tả ảnh (alt) tối đa 300 ký tự');
  });

  it('gives other modules an <img>-ready image and tells whether it has alt text', async () => {
    const img = await getImageForDisplay(ctx(), photo.id);
    expect(img).toMatchObject({ width: 1400, height: 700, alt: 'Toàn cảnh đại hội' });
    expect(img?.src).toMatch(/^\/media\/[0-9a-f-]{36}\/images\/[0-9a-f]{2}\/[0-9a-f]{64}-960\.jpg$/);
    expect(img?.srcset.split(', ').map((s) => s.split(' ')[1])).toEqual([
      '320w',
      '640w',
      '960w',
      '1280w',
      '1400w',
    ]);
    expect(img?.srcset).toMatch(/\.webp 320w/);
    expect(img?.jpegSrcset).toMatch(/\.jpg 1400w$/);
    expect(img?.sizes).toBeTruthy();
    expect(await getImageForDisplay(ctx(), pdf.id)).toBeNull();
    expect(await getImageForDisplay(ctx(), '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect((await getImagesForDisplay(ctx(), [photo.id, pdf.id])).size).toBe(1);
    expect(await mediaHasAlt(ctx(), photo.id)).toBe(true);
    const bare = (await editor.inject({ method: 'GET', url: '/api/v1/media?q=khong-mo-ta' })).json().items[0];
    expect(await mediaHasAlt(ctx(), bare.id)).toBe(false);
    expect(await mediaHasAlt(ctx(), pdf.id)).toBe(false);
  });

  it('answers unknown and malformed ids with 404 and 400', async () => {
    const unknown = await editor.inject({
      method: 'GET',
      url: '/api/v1/media/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Không tìm thấy ảnh hoặc tệp.');
    expect((await editor.inject({ method: 'GET', url: '/api/v1/media/khong-phai-uuid' })).statusCode).toBe(
      400,
    );
  });

  it('serves only recorded public paths', async () => {
    const variant = photo.variants[0]?.url ?? '';
    const tenantPrefix = `/media/${t.tenant.id}`;
    for (const url of [
      variant.replace('-320.', '-321.'),
      `${tenantPrefix}/images/../originals/x.jpg`,
      `${tenantPrefix}/%2e%2e/%2e%2e/pgdata/PG_VERSION`,
      `${tenantPrefix}/files/ab/${'a'.repeat(64)}.pdf`,
      `/media/not-a-tenant/${variant.split('/').slice(3).join('/')}`,
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    const again = await t.app.inject({ method: 'GET', url: variant, headers: { 'if-none-match': 'W/"x"' } });
    expect(again.statusCode).toBe(200);
    const etag = String(again.headers.etag);
    expect(
      (await t.app.inject({ method: 'GET', url: variant, headers: { 'if-none-match': etag } })).statusCode,
    ).toBe(304);
  });
});

describe('deleting', () => {
  it('is for editors and administrators; removes the row and the files', async () => {
    const res = await upload(editor, 'xoa.png', 'image/png', await makePng(700, 300));
    const asset = res.json() as MediaDto;
    const contributor = await t.signIn((await t.addUser('cong_tac_vien')).email);
    expect(
      (await contributor.inject({ method: 'DELETE', url: `/api/v1/media/${asset.id}` })).statusCode,
    ).toBe(403);
    const sha = asset.variants[0]?.url.match(/[0-9a-f]{64}/)?.[0] ?? '';
    const mediaRoot = join(data.dir, 'media');
    expect(filesUnder(mediaRoot).filter((p) => p.includes(sha))).toHaveLength(7); // 320, 640, 700 × WebP/JPEG + original
    const del = await editor.inject({ method: 'DELETE', url: `/api/v1/media/${asset.id}` });
    expect(del.statusCode).toBe(204);
    expect(filesUnder(mediaRoot).filter((p) => p.includes(sha))).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: asset.variants[0]?.url ?? '' })).statusCode).toBe(404);
    expect((await editor.inject({ method: 'DELETE', url: `/api/v1/media/${asset.id}` })).statusCode).toBe(
      404,
    );
  });

  it('refuses a file attached to a legal document, naming the document', async () => {
    const doc = await editor.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: {
        number: '05/BC-LMHTX',
        docType: 'Báo cáo',
        issuer: 'Liên minh Hợp tác xã tỉnh',
        issuedOn: '2026-01-15',
        summary: 'Báo cáo tổng kết năm 2025',
        fileIds: [pdf.id],
      },
    });
    expect(doc.statusCode, doc.body).toBe(201);
    const del = await editor.inject({ method: 'DELETE', url: `/api/v1/media/${pdf.id}` });
    expect(del.statusCode).toBe(409);
    expect(del.json().message).toContain('văn bản 05/BC-LMHTX');
    expect((await t.app.inject({ method: 'GET', url: pdf.url })).statusCode).toBe(200);
  });
});

describe('tenant isolation', () => {
  let other: StaffClient;
  beforeAll(async () => {
    const { adminEmail } = await addSecondTenant(t);
    other = await t.signIn(adminEmail);
  });

  it('another alliance cannot list, read, edit or delete our media', async () => {
    expect((await other.inject({ method: 'GET', url: '/api/v1/media' })).json().total).toBe(0);
    for (const [method, payload] of [
      ['GET', undefined],
      ['PATCH', { alt: 'chiếm' }],
      ['DELETE', undefined],
    ] as const) {
      const res = await other.inject({ method, url: `/api/v1/media/${photo.id}`, payload });
      expect(res.statusCode, method).toBe(404);
    }
    expect((await editor.inject({ method: 'GET', url: `/api/v1/media/${photo.id}` })).json().alt).toBe(
      'Toàn cảnh đại hội',
    );
  });

  it('serves our files on our host only', async () => {
    const url = photo.variants[0]?.url ?? '';
    expect((await t.app.inject({ method: 'GET', url, headers: { host: HOME_HOST } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url, headers: { host: OTHER_HOST } })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: pdf.url, headers: { host: OTHER_HOST } })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url, headers: { host: 'la.example.vn' } })).statusCode).toBe(
      404,
    );
  });

  it('keeps identical bytes apart: the other alliance gets its own asset', async () => {
    const bytes = await makePng(33, 33);
    const ours = (await upload(editor, 'chung.png', 'image/png', bytes)).json();
    const theirs = await upload(other, 'chung.png', 'image/png', bytes);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(ours.id);
    expect(theirs.json().url).not.toBe(ours.url);
  });
});

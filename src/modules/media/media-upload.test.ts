import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import type { MediaDto } from './media.dto.ts';
import { filesUnder, tempDataDir, upload } from './media-test-kit.fixture.ts';
import { multipartBody } from './multipart.fixture.ts';
import {
  makeDocx,
  makeGif,
  makeJpeg,
  makeOle2,
  makePdf,
  makePng,
  makePngBomb,
  makeWebp,
  makeXlsx,
  makeZip,
} from './test-files.fixture.ts';

let t: TestApp;
let editor: StaffClient;
let data: ReturnType<typeof tempDataDir>;
let mediaRoot: string;

beforeAll(async () => {
  data = tempDataDir();
  mediaRoot = join(data.dir, 'media');
  t = await createTestApp({ DATA_DIR: data.dir });
  editor = await t.signIn((await t.addUser('bien_tap')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

async function fetchVariant(url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  expect(res.statusCode, url).toBe(200);
  return { res, meta: await sharp(res.rawPayload).metadata() };
}

describe('image upload', () => {
  it('re-encodes a photo upright, without metadata, into WebP and JPEG at each width', async () => {
    const photo = await makeJpeg(2400, 1600, 6); // camera held vertically: EXIF says rotate 90°
    const res = await upload(editor, 'Hội nghị tổng kết.JPG', 'image/jpeg', photo);
    expect(res.statusCode, res.body).toBe(201);
    const asset = res.json() as MediaDto;
    expect(asset).toMatchObject({
      kind: 'image',
      mime: 'image/jpeg',
      originalName: 'Hội nghị tổng kết.JPG',
      width: 1600,
      height: 2400,
      bytes: photo.length,
      alt: '',
    });
    const widths = (format: string) => asset.variants.filter((v) => v.format === format).map((v) => v.width);
    expect(widths('webp')).toEqual([320, 640, 960, 1280, 1600]);
    expect(widths('jpeg')).toEqual([320, 640, 960, 1280, 1600]);
    for (const v of asset.variants) {
      const { res: served, meta } = await fetchVariant(v.url);
      expect(meta.format).toBe(v.format);
      expect(meta.width).toBe(v.width);
      expect(meta.height).toBe(Math.round((v.width * 2400) / 1600));
      expect(meta.height).toBe(v.height);
      // Stripped: no EXIF (camera, GPS), no orientation flag left to apply twice.
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(served.headers['content-type']).toBe(v.format === 'webp' ? 'image/webp' : 'image/jpeg');
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // The original is kept, privately.
    const originals = filesUnder(mediaRoot).filter((p) => p.includes('/originals/'));
    expect(originals).toHaveLength(1);
    const originalUrl = `/media/${originals[0]}`;
    expect((await t.app.inject({ method: 'GET', url: originalUrl })).statusCode).toBe(404);
  });

  it('never makes a variant wider than the original; transparent PNGs get a white JPEG background', async () => {
    const res = await upload(editor, 'logo.png', 'image/png', await makePng(200, 100, true));
    expect(res.statusCode, res.body).toBe(201);
    const asset = res.json() as MediaDto;
    expect(asset.variants.map((v) => `${v.format}:${v.width}x${v.height}`).sort()).toEqual([
      'jpeg:200x100',
      'webp:200x100',
    ]);
    const jpeg = asset.variants.find((v) => v.format === 'jpeg');
    const { meta } = await fetchVariant(String(jpeg?.url));
    expect(meta.channels).toBe(3);
    const mid = await upload(editor, 'bang.png', 'image/png', await makePng(1000, 500));
    expect((mid.json() as MediaDto).variants.filter((v) => v.format === 'webp').map((v) => v.width)).toEqual([
      320, 640, 960, 1000,
    ]);
  });

  it('accepts WebP and GIF (first frame) and sniffs the type whatever the browser claims', async () => {
    const webp = await upload(editor, 'canh-dong.webp', 'application/octet-stream', await makeWebp(700, 400));
    expect(webp.statusCode, webp.body).toBe(201);
    expect(webp.json()).toMatchObject({ mime: 'image/webp', width: 700, height: 400 });
    const gif = await upload(editor, 'bieu-do.gif', 'image/gif', await makeGif(500, 300));
    expect(gif.statusCode, gif.body).toBe(201);
    const asset = gif.json() as MediaDto;
    expect(asset.mime).toBe('image/gif');
    expect(asset.variants.map((v) => v.format).sort()).toEqual(['jpeg', 'jpeg', 'webp', 'webp']);
    const { meta } = await fetchVariant(asset.variants[0]?.url ?? '');
    expect(['webp', 'jpeg']).toContain(meta.format);
  });

  it('returns the existing asset for the same bytes (per alliance), whatever the file name', async () => {
    const bytes = await makeJpeg(900, 600);
    const first = await upload(editor, 'anh-1.jpg', 'image/jpeg', bytes);
    expect(first.statusCode).toBe(201);
    const before = filesUnder(mediaRoot);
    const again = await upload(editor, 'ban-sao.jpeg', 'image/jpeg', bytes);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().originalName).toBe('anh-1.jpg');
    expect(filesUnder(mediaRoot)).toEqual(before);
  });

  it('records the upload in the audit trail', async () => {
    const a = await t.signIn((await t.addUser('quan_tri')).email);
    const res = await upload(a, 'kiem-toan.png', 'image/png', await makePng(64, 64));
    const trail = await a.inject({
      method: 'GET',
      url: `/api/v1/audit?entity=media&entityId=${res.json().id}`,
    });
    expect(trail.json().items[0]).toMatchObject({
      action: 'media.upload',
      after: { originalName: 'kiem-toan.png' },
    });
  });
});

describe('document files', () => {
  const cases = [
    ['Quyết định số 12.pdf', 'application/pdf', makePdf(), 'application/pdf', 'PDF'],
    [
      'Kế hoạch năm 2026.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      makeDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Word (DOCX)',
    ],
    [
      'Số liệu HTX.xlsx',
      'application/octet-stream',
      makeXlsx(),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Excel (XLSX)',
    ],
    ['Công văn cũ.doc', 'application/msword', makeOle2('WordDocument'), 'application/msword', 'Word (DOC)'],
    [
      'Bảng kê.xls',
      'application/vnd.ms-excel',
      makeOle2('Workbook'),
      'application/vnd.ms-excel',
      'Excel (XLS)',
    ],
  ] as const;

  for (const [name, claimed, bytes, mime, label] of cases) {
    it(`stores ${label} and serves it as a download under its Vietnamese name`, async () => {
      const res = await upload(editor, name, claimed, bytes);
      expect(res.statusCode, res.body).toBe(201);
      const asset = res.json() as MediaDto;
      expect(asset).toMatchObject({ kind: 'file', mime, typeLabel: label, width: null, variants: [] });
      const served = await t.app.inject({ method: 'GET', url: asset.url });
      expect(served.statusCode).toBe(200);
      expect(served.headers['content-type']).toContain(mime);
      expect(served.rawPayload.equals(Buffer.from(bytes))).toBe(true);
      const disposition = String(served.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(name);
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });
  }
});

describe('refused uploads leave nothing behind', () => {
  let before: string[];
  let total: number;
  beforeAll(async () => {
    await upload(editor, 'nen.jpg', 'image/jpeg', await makeJpeg(400, 300));
    before = filesUnder(mediaRoot);
    total = (await editor.inject({ method: 'GET', url: '/api/v1/media' })).json().total;
  });

  async function expectRefused(res: Awaited<ReturnType<typeof upload>>, status: number, message: RegExp) {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json();
    expect(body.fieldErrors?.file).toMatch(message);
    expect(body.message).toMatch(message);
    expect(filesUnder(mediaRoot)).toEqual(before);
    expect((await editor.inject({ method: 'GET', url: '/api/v1/media' })).json().total).toBe(total);
  }

  it('a text file renamed .jpg', async () => {
    const res = await upload(editor, 'anh.jpg', 'image/jpeg', 'Đây không phải là ảnh, chỉ là chữ.\n');
    await expectRefused(res, 415, /“anh\.jpg” \(\.jpg\) không phải là định dạng được hỗ trợ/);
  });

  it('a PNG named .jpg, or sent as another type', async () => {
    const png = await makePng(50, 50);
    await expectRefused(
      await upload(editor, 'anh.jpg', 'image/jpeg', png),
      415,
      /phần mở rộng \.jpg nhưng nội dung là Ảnh PNG/,
    );
    await expectRefused(
      await upload(editor, 'anh.png', 'image/gif', png),
      415,
      /được gửi là image\/gif nhưng nội dung là Ảnh PNG/,
    );
  });

  it('a script or HTML page posing as a PDF, a plain ZIP as .docx, an OLE2 file without a Word stream', async () => {
    await expectRefused(
      await upload(editor, 'van-ban.pdf', 'application/pdf', '<script>alert(1)</script>'),
      415,
      /không phải là định dạng được hỗ trợ/,
    );
    await expectRefused(
      await upload(editor, 'bao-cao.docx', '', makeZip({ 'readme.txt': 'xin chào' })),
      415,
      /không phải là định dạng được hỗ trợ/,
    );
    const bare = makeOle2('WordDocument');
    bare.write('Khac\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0', 512 + 128, 'utf16le');
    await expectRefused(await upload(editor, 'cu.doc', '', bare), 415, /không phải là định dạng được hỗ trợ/);
  });

  it('a decompression bomb (20000×20000 PNG of 48 KB)', async () => {
    const bomb = makePngBomb(20_000);
    expect(bomb.length).toBeLessThan(100_000);
    await expectRefused(
      await upload(editor, 'bom.png', 'image/png', bomb),
      400,
      /20000×20000 điểm ảnh, vượt giới hạn 12000/,
    );
  });

  it('too many pixels, or too long a side', async () => {
    await expectRefused(
      await upload(editor, 'rong.png', 'image/png', makePngBomb(8000, 6000)),
      400,
      /48,0 triệu điểm ảnh, vượt giới hạn 40 triệu/,
    );
    await expectRefused(
      await upload(editor, 'dai.png', 'image/png', makePngBomb(13_000, 10)),
      400,
      /13000×10 điểm ảnh, vượt giới hạn 12000/,
    );
  });

  it('an image over 10 MB and any file over 20 MB', async () => {
    const big = Buffer.concat([await makeJpeg(100, 100), Buffer.alloc(12 * 1024 * 1024)]);
    await expectRefused(
      await upload(editor, 'lon.jpg', 'image/jpeg', big),
      413,
      /Ảnh có dung lượng 12 MB, vượt giới hạn 10 MB/,
    );
    const huge = Buffer.concat([makePdf(), Buffer.alloc(21 * 1024 * 1024)]);
    await expectRefused(await upload(editor, 'lon.pdf', 'application/pdf', huge), 413, /vượt quá 20 MB/);
  });

  it('an empty file, a form without a file, a JSON body', async () => {
    await expectRefused(await upload(editor, 'rong.jpg', 'image/jpeg', Buffer.alloc(0)), 400, /rỗng/);
    const noFile = multipartBody([{ name: 'alt', data: 'Chỉ có mô tả' }]);
    await expectRefused(
      await editor.inject({ method: 'POST', url: '/api/v1/media', ...noFile }),
      400,
      /Vui lòng chọn một tệp/,
    );
    const json = await editor.inject({ method: 'POST', url: '/api/v1/media', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().message).toMatch(/multipart\/form-data/);
  });

  it('keeps no staging files', () => {
    expect(filesUnder(join(mediaRoot, '.staging'))).toEqual([]);
  });
});

describe('who may upload', () => {
  it('editors, contributors and administrators; not other staff nor anonymous visitors', async () => {
    const png = await makePng(30, 30);
    for (const role of ['quan_tri', 'cong_tac_vien'] as const) {
      const c = await t.signIn((await t.addUser(role)).email);
      expect((await upload(c, `${role}.png`, 'image/png', png)).statusCode).toBeLessThan(300);
    }
    for (const role of ['can_bo', 'lanh_dao', 'thanh_vien'] as const) {
      const c = await t.signIn((await t.addUser(role)).email);
      expect((await upload(c, 'x.png', 'image/png', png)).statusCode).toBe(403);
      expect((await c.inject({ method: 'GET', url: '/api/v1/media' })).statusCode).toBe(403);
    }
    const { payload, headers } = multipartBody([
      { name: 'file', filename: 'x.png', contentType: 'image/png', data: png },
    ]);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/media', payload, headers })).statusCode).toBe(
      401,
    );
  });
});

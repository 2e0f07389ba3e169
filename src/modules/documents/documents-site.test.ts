import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { tempDataDir } from '../media/media-test-kit.fixture.ts';
import { addSecondTenant, OTHER_HOST } from '../media/second-tenant.fixture.ts';
// Read directly: the search module has no query service yet, and this checks what we index.
import { searchEntries } from '../search/search.tables.ts';
import { createDocument, documentPayload, uploadPdf } from './documents-test-kit.fixture.ts';

let t: TestApp;
let editor: StaffClient;
let data: ReturnType<typeof tempDataDir>;

const BROWSER = { accept: 'text/html,application/xhtml+xml' };
const get = (url: string, host?: string) =>
  t.app.inject({ method: 'GET', url, headers: host ? { ...BROWSER, host } : BROWSER });
const h1s = (html: string) => [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const listedNumbers = (html: string) =>
  [...html.matchAll(/<h3 class="doc-list__title"><a href="[^"]+">[^<]*? số ([^<]+)<\/a>/g)].map((m) => m[1]);

async function indexed(refId: string) {
  const rows = await t.database.db.select().from(searchEntries);
  return rows.find((r) => r.refId === refId);
}

beforeAll(async () => {
  data = tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  editor = await t.signIn((await t.addUser('bien_tap')).email);
});
afterAll(async () => {
  await t.close();
  data.cleanup();
});

describe('/van-ban/:id', () => {
  it('shows the metadata, the files with size and type, and the replacing document', async () => {
    const newer = await createDocument(editor, { number: '30/QĐ-LMHTX', summary: 'Quy chế mới' });
    const pdf = await uploadPdf(editor, 'Quyết định 12 (bản ký).pdf');
    const doc = await createDocument(editor, {
      number: '12/QĐ-LMHTX',
      docType: 'Quyết định',
      signer: 'Nguyễn Văn An',
      issuedOn: '2024-01-19',
      effectiveOn: '2024-02-01',
      field: 'Hợp tác xã',
      summary: 'Vốn điều lệ < 5 tỷ đồng & "ưu đãi" <script>alert(1)</script>',
      status: 'bi_thay_the',
      replacedById: newer.id,
      fileIds: [pdf.id],
    });
    const res = await get(doc.url);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(h1s(html)).toEqual(['Quyết định số 12/QĐ-LMHTX']);
    expect(canonical(html)).toBe(`http://localhost${doc.url}`);
    expect(html).toContain('<nav class="breadcrumb" aria-label="Đường dẫn">');
    expect(html).toContain('<a href="/van-ban">Văn bản</a>');
    expect(html).toContain('"@type":"BreadcrumbList"');
    expect(html).toMatch(
      /<dt class="doc-meta__label">Cơ quan ban hành<\/dt><dd class="doc-meta__value"><span>Liên minh Hợp tác xã tỉnh<\/span><\/dd>/,
    );
    expect(html).toMatch(
      /<dt class="doc-meta__label">Người ký<\/dt><dd class="doc-meta__value"><span>Nguyễn Văn An<\/span><\/dd>/,
    );
    expect(html).toContain('<time datetime="2024-01-19">19/01/2024</time>');
    expect(html).toContain('<time datetime="2024-02-01">01/02/2024</time>');
    expect(html).toContain('Vốn điều lệ &lt; 5 tỷ đồng &amp; &#34;ưu đãi&#34;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<span class="doc-status doc-status--bi_thay_the">Bị thay thế</span>');
    expect(html).toContain(`<a href="${newer.url}">Quyết định số 30/QĐ-LMHTX</a>`);
    expect(html).toContain(
      `<a class="doc-files__link" href="${pdf.url}"><span>Quyết định 12 (bản ký).pdf</span></a>`,
    );
    expect(html).toMatch(/<span class="doc-files__info">PDF, \d+ B<\/span>/);
    // The newer one lists what it replaces.
    const newerHtml = (await get(newer.url)).body;
    expect(newerHtml).toContain('Văn bản này thay thế');
    expect(newerHtml).toContain(`<a href="${doc.url}">Quyết định số 12/QĐ-LMHTX</a>`);
  });

  it('is a 404 page for unknown, malformed, unpublished or another alliance’s documents', async () => {
    const hidden = await createDocument(editor, { published: false });
    for (const url of [
      '/van-ban/00000000-0000-4000-8000-000000000000',
      '/van-ban/12',
      "/van-ban/'%20or%201=1--",
      `/van-ban/${hidden.id}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(h1s(res.body)).toEqual(['Không tìm thấy trang']);
    }
  });

  it('is indexed for site search while published, removed when unpublished or deleted', async () => {
    const doc = await createDocument(editor, {
      number: '08/KH-LMHTX',
      docType: 'Kế hoạch',
      summary: 'Kế hoạch hỗ trợ',
    });
    expect(await indexed(doc.id)).toMatchObject({
      kind: 'document',
      url: doc.url,
      title: '08/KH-LMHTX — Kế hoạch',
      summary: 'Kế hoạch hỗ trợ',
      facet: 'Kế hoạch',
    });
    await editor.inject({
      method: 'PUT',
      url: `/api/v1/documents/${doc.id}`,
      payload: documentPayload({ number: doc.number, docType: 'Kế hoạch', published: false }),
    });
    expect(await indexed(doc.id)).toBeUndefined();
    const other = await createDocument(editor);
    expect(await indexed(other.id)).toBeDefined();
    await editor.inject({ method: 'DELETE', url: `/api/v1/documents/${other.id}` });
    expect(await indexed(other.id)).toBeUndefined();
  });
});

describe('/van-ban', () => {
  beforeAll(async () => {
    // 24 more documents for paging, with varied facets.
    for (let i = 1; i <= 24; i++) {
      await createDocument(editor, {
        number: `${100 + i}/CV-LMHTX`,
        docType: i % 2 ? 'Công văn' : 'Hướng dẫn',
        issuer: i % 3 ? 'Liên minh Hợp tác xã tỉnh' : 'Sở Nông nghiệp và Môi trường',
        field: i % 4 ? 'Kinh tế tập thể' : 'Nông nghiệp',
        issuedOn: `2023-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
        effectiveOn: null,
        summary: i === 7 ? 'Hướng dẫn thành lập Hợp tác xã Đồng Tâm' : `Công văn số ${i}`,
        status: i === 5 ? 'het_hieu_luc' : 'con_hieu_luc',
      });
    }
  });

  it('lists published documents newest first with one h1, breadcrumbs, canonical and paging', async () => {
    const res = await get('/van-ban');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(h1s(html)).toEqual(['Văn bản']);
    expect(canonical(html)).toBe('http://localhost/van-ban');
    expect(html).toContain('<span aria-current="page">Văn bản</span>');
    const first = listedNumbers(html);
    expect(first).toHaveLength(20);
    expect(html).toContain('<nav class="pager" aria-label="Phân trang danh sách văn bản">');
    const page2 = await get('/van-ban?trang=2');
    expect(canonical(page2.body)).toBe('http://localhost/van-ban?trang=2');
    expect(listedNumbers(page2.body).some((n) => first.includes(n ?? ''))).toBe(false);
    expect(listedNumbers(page2.body).length).toBeGreaterThan(0);
  });

  it('filters by type, issuer, field, year, status and folded text', async () => {
    const numbers = async (qs: string) => listedNumbers((await get(`/van-ban?${qs}`)).body);
    expect(await numbers('q=thanh%20lap%20hop%20tac%20xa%20dong%20tam')).toEqual(['107/CV-LMHTX']);
    expect(await numbers('q=107%2FCV')).toEqual(['107/CV-LMHTX']);
    expect(await numbers(`hieu-luc=het_hieu_luc`)).toEqual(['105/CV-LMHTX']);
    const guides = await numbers(`loai=${encodeURIComponent('Hướng dẫn')}&nam=2023`);
    expect(guides).toHaveLength(12);
    const so = await numbers(
      `co-quan=${encodeURIComponent('Sở Nông nghiệp và Môi trường')}&linh-vuc=${encodeURIComponent('Nông nghiệp')}`,
    );
    expect(so).toEqual(['124/CV-LMHTX', '112/CV-LMHTX']);
    const none = await get('/van-ban?q=khongcogi');
    expect(none.body).toContain('Không tìm thấy văn bản phù hợp.');
    // The form keeps the reader's choices.
    const kept = (await get(`/van-ban?q=dong%20tam&loai=${encodeURIComponent('Công văn')}`)).body;
    expect(kept).toContain('value="dong tam"');
    expect(kept).toMatch(/<option value="Công văn" selected>Công văn<\/option>/);
    expect(kept).toMatch(/<option value="2023">2023<\/option>/);
  });

  it('never fails on malformed parameters: they are ignored; a page past the end is a 404', async () => {
    for (const qs of [
      'trang=abc',
      'trang=-1',
      'trang=1e9',
      'nam=20x4',
      'loai=%3Cscript%3E',
      'hieu-luc=x',
      'q=%27%22%25_%5C',
      `q=${'a'.repeat(5000)}`,
      'trang[]=2&nam[]=1',
    ]) {
      const res = await get(`/van-ban?${qs}`);
      expect(res.statusCode, qs).toBe(200);
      expect(res.body).not.toContain('<script>alert');
    }
    expect((await get('/van-ban?trang=99')).statusCode).toBe(404);
  });

  it('is served from the page cache and refreshed when a document changes', async () => {
    const doc = await createDocument(editor, {
      number: 'CACHE/LMHTX',
      issuedOn: '2026-03-01',
      effectiveOn: null,
      summary: 'Bản đầu',
    });
    await get('/van-ban');
    const hit = await get('/van-ban');
    expect(hit.headers['x-cache']).toBe('hit');
    expect(hit.body).toContain('Bản đầu');
    await editor.inject({
      method: 'PUT',
      url: `/api/v1/documents/${doc.id}`,
      payload: documentPayload({
        number: 'CACHE/LMHTX',
        issuedOn: '2026-03-01',
        effectiveOn: null,
        summary: 'Bản sửa',
      }),
    });
    const fresh = await get('/van-ban');
    expect(fresh.headers['x-cache']).toBe('miss');
    expect(fresh.body).toContain('Bản sửa');
    await get(doc.url);
    await editor.inject({ method: 'DELETE', url: `/api/v1/documents/${doc.id}` });
    expect((await get(doc.url)).statusCode).toBe(404);
  });

  it('shows another alliance only its own documents', async () => {
    await addSecondTenant(t);
    const res = await get('/van-ban', OTHER_HOST);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Chưa có văn bản nào được đăng.');
    const ours = (await editor.inject({ method: 'GET', url: '/api/v1/documents?pageSize=1' })).json()
      .items[0];
    expect((await get(`/van-ban/${ours.id}`, OTHER_HOST)).statusCode).toBe(404);
  });
});

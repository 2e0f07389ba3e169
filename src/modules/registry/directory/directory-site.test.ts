import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import type { Ctx } from '../../../core/context.ts';
import { addSecondTenant, OTHER_HOST } from '../../media/second-tenant.fixture.ts';
import { mergeOrganizations } from '../orgs/org-merge.service.ts';
import { addUnionMember } from '../orgs/org-relations.service.ts';
import { type OrgDto, OrgUpdateInput } from '../orgs/orgs.dto.ts';
import { updateOrganization } from '../orgs/orgs.service.ts';
import { addOrg, communesNamed, registryCtx } from './registry-test-kit.fixture.ts';

let t: TestApp;
let staff: Ctx;
let dongTam: OrgDto;
let commune: { code: string; name: string; provinceName: string };
let otherCommune: { code: string; name: string };

const BROWSER = { accept: 'text/html,application/xhtml+xml' };
const get = (url: string, host?: string) =>
  t.app.inject({ method: 'GET', url, headers: host ? { ...BROWSER, host } : BROWSER });
const h1s = (html: string) => [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const listed = (html: string) =>
  [...html.matchAll(/<h3 class="doc-list__title"><a href="[^"]+">([^<]*)<\/a>/g)].map((m) => m[1]);
/** The markup outside attribute values: where an unescaped tag would run. */
const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );

const edit = (org: OrgDto, changes: Partial<OrgUpdateInput>) =>
  updateOrganization(staff, org.id, OrgUpdateInput.parse({ ...org, ...changes, version: org.version }));

beforeAll(async () => {
  t = await createTestApp();
  staff = await registryCtx(t, 'can_bo');
  const communes = await communesNamed(staff, 'Chiềng', '14', 2);
  commune = communes[0] as typeof commune;
  otherCommune = communes[1] as typeof otherCommune;
  dongTam = await addOrg(staff, {
    name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
    shortName: 'HTX Đồng Tâm',
    regCode: '5500123456',
    registeredOn: '2019-04-02',
    registrationAuthority: 'Phòng Tài chính – Kế hoạch huyện Mai Sơn',
    foundedOn: '2019-03-15',
    communeCode: commune.code,
    street: 'Bản Củ, tiểu khu 3',
    addressOriginal: 'Bản Củ, xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La',
    sectorPrimary: 'nong_nghiep',
    sectorsOther: ['du_lich'],
    representativeName: 'Lò Văn Piếng',
    representativeTitle: 'Giám đốc',
    publicPhone: '0212 3852 111',
    publicEmail: 'lienhe@htxdongtam.vn',
    website: 'https://htxdongtam.vn',
    privateContactName: 'Cầm Thị Riêng Tư',
    privatePhone: '0988 777 666',
    privateEmail: 'bimat@htxdongtam.vn',
    notes: 'Ghi chú nội bộ: nợ thuế <b>kín</b>',
    convertedToLaw2023: true,
    convertedOn: '2025-06-30',
    allianceMemberSince: '2020-01-10',
  });
  await addOrg(staff, {
    name: 'Tổ hợp tác Chè Shan Tuyết',
    kind: 'THT',
    communeCode: otherCommune.code,
    sectorPrimary: 'nong_nghiep',
  });
  await addOrg(staff, {
    name: 'Quỹ tín dụng nhân dân Hát Lót',
    kind: 'QTDND',
    communeCode: commune.code,
    sectorPrimary: 'tin_dung',
  });
  await addOrg(staff, { name: 'Hợp tác xã Vận tải Sông Đà', sectorPrimary: 'van_tai' });
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('/hop-tac-xa', () => {
  it('lists organisations in name order with one h1, breadcrumbs, canonical, counts and the filter form', async () => {
    const res = await get('/hop-tac-xa');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(h1s(html)).toEqual(['Danh bạ hợp tác xã']);
    expect(canonical(html)).toBe('http://localhost/hop-tac-xa');
    expect(html).toContain('<span aria-current="page">Hợp tác xã</span>');
    expect(listed(html)).toEqual([
      'Hợp tác xã Nông nghiệp Đồng Tâm',
      'Hợp tác xã Vận tải Sông Đà',
      'Quỹ tín dụng nhân dân Hát Lót',
      'Tổ hợp tác Chè Shan Tuyết',
    ]);
    expect(html).toContain('Có 4 tổ chức.');
    expect(html).toContain(`<a href="${dongTam.url}">Hợp tác xã Nông nghiệp Đồng Tâm</a>`);
    expect(html).toContain(`Bản Củ, tiểu khu 3, ${commune.name}, ${commune.provinceName}`);
    // Kind options carry their numbers; the commune select offers only communes with organisations.
    expect(html).toContain('<option value="HTX">Hợp tác xã (2)</option>');
    expect(html).toContain('<option value="LHHTX">Liên hiệp hợp tác xã (0)</option>');
    expect(html).toContain(`<option value="${commune.code}">${commune.name} (2)</option>`);
    expect(html).toContain(`<option value="${otherCommune.code}">${otherCommune.name} (1)</option>`);
    expect(html).toMatch(/<label for="htx-xa">Xã, phường<\/label><select id="htx-xa" name="xa">/);
  });

  it('filters by kind, sector, commune and accent-insensitive words, keeping the choices in the form', async () => {
    const names = async (qs: string) => listed((await get(`/hop-tac-xa?${qs}`)).body);
    expect(await names('q=hop%20tac%20xa%20dong%20tam')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names('q=dong%20tam%20HTX')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names('q=%C4%91%C3%B4ng')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names('q=5500123456')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names('q=lo%20van%20pieng')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names('q=hop%20tac%20xa')).toEqual([
      'Hợp tác xã Nông nghiệp Đồng Tâm',
      'Hợp tác xã Vận tải Sông Đà',
    ]);
    expect(await names('loai=THT')).toEqual(['Tổ hợp tác Chè Shan Tuyết']);
    expect(await names('linh-vuc=du_lich')).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(await names(`xa=${commune.code}`)).toEqual([
      'Hợp tác xã Nông nghiệp Đồng Tâm',
      'Quỹ tín dụng nhân dân Hát Lót',
    ]);
    expect(await names(`xa=${commune.code}&loai=QTDND`)).toEqual(['Quỹ tín dụng nhân dân Hát Lót']);
    const kept = (await get(`/hop-tac-xa?q=dong&loai=HTX&xa=${commune.code}`)).body;
    expect(kept).toContain('value="dong"');
    expect(kept).toContain('<option value="HTX" selected>Hợp tác xã (1)</option>');
    expect(kept).toContain(`<option value="${commune.code}" selected>`);
    expect(kept).toContain('Tìm thấy 1 tổ chức.');
    // Filtered lists point to the whole directory as their canonical page.
    expect(canonical(kept)).toBe('http://localhost/hop-tac-xa');
    const none = await get('/hop-tac-xa?q=khongcogi');
    expect(none.body).toContain('Không tìm thấy tổ chức phù hợp.');
  });

  it('never fails on malformed parameters; a page past the end is a 404 page', async () => {
    for (const qs of [
      'trang=abc',
      'trang=-1',
      'trang=1e9',
      'trang[]=2',
      'loai=%3Cscript%3E',
      'linh-vuc=x',
      'xa=12',
      "xa='%20or%201=1",
      'q=%27%22%25_%5C',
      `q=${'a'.repeat(5000)}`,
    ]) {
      const res = await get(`/hop-tac-xa?${qs}`);
      expect(res.statusCode, qs).toBe(200);
      expect(res.body).not.toContain('<script>alert');
    }
    const past = await get('/hop-tac-xa?trang=2');
    expect(past.statusCode).toBe(404);
    expect(h1s(past.body)).toEqual(['Không tìm thấy trang']);
  });

  it('pages by 20 with links that keep the filters', async () => {
    for (let i = 1; i <= 21; i++) {
      await addOrg(staff, { name: `Hợp tác xã Dịch vụ Số ${String(i).padStart(2, '0')}` });
    }
    const first = await get('/hop-tac-xa?q=dich%20vu');
    expect(listed(first.body)).toHaveLength(20);
    expect(first.body).toContain('Tìm thấy 21 tổ chức — trang 1/2.');
    expect(first.body).toContain('href="/hop-tac-xa?q=dich+vu&trang=2" rel="next"');
    const second = await get('/hop-tac-xa?q=dich%20vu&trang=2');
    expect(listed(second.body)).toEqual(['Hợp tác xã Dịch vụ Số 21']);
    expect(canonical((await get('/hop-tac-xa?trang=2')).body)).toBe('http://localhost/hop-tac-xa?trang=2');
  });
});

describe('/hop-tac-xa/:slug', () => {
  it('shows the public fields with one h1, breadcrumbs and canonical', async () => {
    const res = await get(dongTam.url);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(h1s(html)).toEqual(['Hợp tác xã Nông nghiệp Đồng Tâm']);
    expect(canonical(html)).toBe(`http://localhost${dongTam.url}`);
    expect(html).toContain('<meta property="og:title" content="Hợp tác xã Nông nghiệp Đồng Tâm"/>');
    expect(html).toContain('<a href="/hop-tac-xa">Hợp tác xã</a>');
    const row = (label: string) =>
      new RegExp(`<dt class="doc-meta__label">${label}</dt><dd class="doc-meta__value">(.*?)</dd>`).exec(
        html,
      )?.[1];
    expect(row('Loại hình')).toBe('<span>Hợp tác xã</span>');
    expect(row('Tên viết tắt')).toBe('<span>HTX Đồng Tâm</span>');
    expect(row('Mã số đăng ký')).toBe('<span>5500123456</span>');
    expect(row('Ngày đăng ký')).toBe('<time datetime="2019-04-02">02/04/2019</time>');
    expect(row('Ngày thành lập')).toBe('<time datetime="2019-03-15">15/03/2019</time>');
    expect(row('Cơ quan đăng ký')).toContain('Phòng Tài chính – Kế hoạch huyện Mai Sơn');
    expect(row('Địa chỉ')).toBe(`<span>Bản Củ, tiểu khu 3, ${commune.name}, ${commune.provinceName}</span>`);
    expect(row('Địa chỉ theo hồ sơ gốc')).toBe(
      '<span>Bản Củ, xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La</span>',
    );
    expect(row('Ngành, lĩnh vực')).toBe('<span>Nông nghiệp, Du lịch</span>');
    expect(row('Người đại diện theo pháp luật')).toBe('<span>Lò Văn Piếng — Giám đốc</span>');
    expect(row('Điện thoại')).toBe('<a href="tel:02123852111">0212 3852 111</a>');
    expect(row('Thư điện tử')).toBe('<a href="mailto:lienhe@htxdongtam.vn">lienhe@htxdongtam.vn</a>');
    expect(row('Trang web')).toBe(
      '<a href="https://htxdongtam.vn/" rel="external nofollow noopener">https://htxdongtam.vn</a>',
    );
    expect(row('Tình trạng hoạt động')).toContain('Đang hoạt động');
    expect(row('Chuyển đổi theo Luật Hợp tác xã 2023')).toContain(
      '<time datetime="2025-06-30">30/06/2025</time>',
    );
    expect(row('Thành viên Liên minh')).toContain('<time datetime="2020-01-10">10/01/2020</time>');
  });

  it('never shows private contacts, notes, figures or ratings', async () => {
    const html = (await get(dongTam.url)).body;
    for (const secret of [
      'Cầm Thị Riêng Tư',
      '0988 777 666',
      '0988777666',
      'bimat@htxdongtam.vn',
      'nợ thuế',
      'kín',
    ]) {
      expect(html).not.toContain(secret);
    }
    expect(html).not.toMatch(/Xếp loại|Doanh thu|Vốn điều lệ/);
  });

  it('carries JSON-LD Organization and BreadcrumbList that parse as JSON', async () => {
    const [org, crumbs] = jsonLd((await get(dongTam.url)).body);
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
      alternateName: 'HTX Đồng Tâm',
      url: `http://localhost${dongTam.url}`,
      identifier: '5500123456',
      foundingDate: '2019-03-15',
      telephone: '0212 3852 111',
      email: 'lienhe@htxdongtam.vn',
      sameAs: ['https://htxdongtam.vn/'],
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Bản Củ, tiểu khu 3',
        addressLocality: commune.name,
        addressRegion: commune.provinceName,
        addressCountry: 'VN',
      },
      memberOf: [{ '@type': 'Organization', name: t.tenant.name, url: 'http://localhost/' }],
    });
    expect(JSON.stringify(org)).not.toContain('bimat');
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  });

  it('escapes markup in names everywhere, including inside the JSON-LD script', async () => {
    const evil = await addOrg(staff, {
      name: 'HTX <script>alert(1)</script> & "Bạn" </script><b>x</b>',
      kind: 'THT',
      notes: '<img src=x onerror=alert(2)>',
    });
    const html = (await get(evil.url)).body;
    expect(markup(html)).not.toContain('<script>alert(1)');
    expect(markup(html)).not.toContain('<b>x</b>');
    expect(html).not.toContain('onerror');
    expect(h1s(html)).toEqual([
      'HTX &lt;script>alert(1)&lt;/script> &amp; &#34;Bạn&#34; &lt;/script>&lt;b>x&lt;/b>',
    ]);
    const [org] = jsonLd(html);
    expect(org?.name).toBe('HTX <script>alert(1)</script> & "Bạn" </script><b>x</b>');
    const list = (await get('/hop-tac-xa?loai=THT')).body;
    expect(markup(list)).not.toContain('<script>alert(1)');
    expect(list).toContain('HTX &lt;script>alert(1)&lt;/script>');
  });

  it('lists the members of a union and the unions of a member', async () => {
    const union = await addOrg(staff, { name: 'Liên hiệp Hợp tác xã Chè Mộc Châu', kind: 'LHHTX' });
    await addUnionMember(staff, union.id, { memberId: dongTam.id, joinedOn: '2021-05-01', leftOn: null });
    const unionHtml = (await get(union.url)).body;
    expect(unionHtml).toContain('Thành viên của liên hiệp');
    expect(unionHtml).toContain(`<a href="${dongTam.url}">Hợp tác xã Nông nghiệp Đồng Tâm</a>`);
    expect(jsonLd(unionHtml)[0]?.member).toEqual([
      {
        '@type': 'Organization',
        name: 'Hợp tác xã Nông nghiệp Đồng Tâm',
        url: `http://localhost${dongTam.url}`,
      },
    ]);
    const memberHtml = (await get(dongTam.url)).body;
    expect(memberHtml).toContain('Là thành viên của');
    expect(memberHtml).toContain(`<a href="${union.url}">Liên hiệp Hợp tác xã Chè Mộc Châu</a>`);
  });

  it('is a 404 page for unknown or malformed slugs; a merged record redirects to the one kept', async () => {
    for (const url of [
      '/hop-tac-xa/khong-co',
      '/hop-tac-xa/Hoa-Binh',
      "/hop-tac-xa/'%20or%201=1--",
      '/hop-tac-xa/a--b',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(h1s(res.body)).toEqual(['Không tìm thấy trang']);
    }
    const duplicate = await addOrg(staff, { name: 'HTX Nông nghiệp Đồng Tâm (trùng)' });
    expect((await get(duplicate.url)).statusCode).toBe(200);
    await mergeOrganizations(staff, duplicate.id, dongTam.id);
    const moved = await get(duplicate.url);
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe(dongTam.url);
    expect(listed((await get('/hop-tac-xa?q=trung')).body)).toEqual([]);
  });

  it('keeps a dissolved organisation’s page but leaves it out of the list', async () => {
    const gone = await addOrg(staff, { name: 'Hợp tác xã Giải Thể Thử', statusSince: '2020-01-01' });
    await edit(gone, { status: 'giai_the', statusSince: '2024-05-15' });
    const page = await get(gone.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Giải thể');
    expect(listed((await get('/hop-tac-xa?q=giai%20the%20thu')).body)).toEqual([]);
  });
});

describe('cache, sitemap and tenants', () => {
  it('is served from the page cache and refreshed when an organisation changes', async () => {
    const org = await addOrg(staff, { name: 'Hợp tác xã Bản Mòng' });
    await get('/hop-tac-xa');
    await get(org.url);
    expect((await get('/hop-tac-xa')).headers['x-cache']).toBe('hit');
    expect((await get(org.url)).headers['x-cache']).toBe('hit');
    await edit(org, { name: 'Hợp tác xã Bản Mòng Mới', representativeName: 'Quàng Văn Mới' });
    const list = await get('/hop-tac-xa');
    expect(list.headers['x-cache']).toBe('miss');
    expect(listed(list.body)).toContain('Hợp tác xã Bản Mòng Mới');
    const profile = await get(org.url);
    expect(profile.headers['x-cache']).toBe('miss');
    expect(profile.body).toContain('Quàng Văn Mới');
  });

  it('adds the directory to the sitemap with every listed profile and its last change', async () => {
    const index = (await get('/sitemap.xml')).body;
    expect(index).toContain('<loc>http://localhost/sitemap-hop-tac-xa.xml</loc>');
    const res = await get('/sitemap-hop-tac-xa.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const locs = [...res.body.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)];
    const urls = locs.map((m) => m[1]);
    expect(urls[0]).toBe('http://localhost/hop-tac-xa');
    expect(urls).toContain(`http://localhost${dongTam.url}`);
    expect(urls.some((u) => u?.includes('giai-the'))).toBe(false);
    expect(urls.some((u) => u?.includes('trung'))).toBe(false);
    expect(locs.every((m) => /^\d{4}-\d{2}-\d{2}T/.test(m[2] ?? ''))).toBe(true);
    expect((await get('/sitemap-hop-tac-xa-2.xml')).statusCode).toBe(404);
  });

  it('shows another alliance only its own organisations', async () => {
    const { tenantId } = await addSecondTenant(t);
    const sonLa = await registryCtx(t, 'can_bo', tenantId);
    const theirs = await addOrg(sonLa, { name: 'Hợp tác xã Của Sơn La', communeCode: commune.code });
    const list = await get('/hop-tac-xa', OTHER_HOST);
    expect(list.statusCode).toBe(200);
    expect(listed(list.body)).toEqual(['Hợp tác xã Của Sơn La']);
    expect(list.body).not.toContain('Nông nghiệp Đồng Tâm');
    expect((await get(dongTam.url, OTHER_HOST)).statusCode).toBe(404);
    expect((await get(theirs.url)).statusCode).toBe(404);
    expect(listed((await get('/hop-tac-xa?q=son%20la')).body)).toEqual([]);
    const sitemap = (await get('/sitemap-hop-tac-xa.xml', OTHER_HOST)).body;
    expect(sitemap).toContain(theirs.url);
    expect(sitemap).not.toContain(dongTam.url);
  });
});

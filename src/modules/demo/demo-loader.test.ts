import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { buildApp } from '../../app.ts';
import type { Ctx } from '../../core/context.ts';
import { silentLog } from '../../core/silent-log.ts';
import { MediaStore } from '../media/media-store.ts';
import { publishArticle } from '../news/article-workflow.service.ts';
import { createCategory } from '../news/category.service.ts';
import { BROWSER, createArticle } from '../news/news-test-kit.ts';
import demoApi from './demo.api.ts';
import { DEMO_PAGES, DEMO_SITE_SETTINGS, materializeDemoArticles } from './demo-content.ts';
import { DEFAULT_TENANT_NAME, seedDemoContent, seedDemoContentIfEmpty } from './demo-loader.service.ts';
import { DEMO_ORGS } from './demo-registry.ts';
import { removeDemoContent } from './demo-removal.service.ts';
import {
  articleRows,
  auditRows,
  categoryRows,
  documentRows,
  feedbackArticleIds,
  figureYears,
  insertFeedbackPair,
  linkRows,
  mediaRows,
  orgRows,
  pageRows,
  ratingRows,
  registryRowCounts,
  reportRows,
  searchEntryKinds,
  searchRefIds,
  tenantRow,
} from './demo-test.repo.ts';

// Small pictures keep the test quick; the real size (1200×675) goes through the same code.
const IMAGE_SIZE = { width: 320, height: 180 };
// Seeding draws and encodes pictures: seconds of CPU on a busy two-core machine.
const SLOW = 180_000;

interface Setup {
  t: TestApp;
  dataDir: string;
  /** An app with the demo API: the test app itself once app.ts registers it. */
  api: FastifyInstance;
  closeApi: () => Promise<void>;
}

async function setUp(env: Record<string, string> = {}): Promise<Setup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoptac-demo-'));
  const t = await createTestApp({ DATA_DIR: dataDir, ...env });
  if (t.app.hasRoute({ method: 'GET', url: '/api/v1/demo' })) {
    return { t, dataDir, api: t.app, closeApi: async () => {} };
  }
  const api = await buildApp(
    { config: t.config, database: t.database, tenants: t.tenants, clock: t.clock.now },
    { logger: false },
  );
  await api.register(demoApi, { prefix: '/api/v1' });
  await api.ready();
  return { t, dataDir, api, closeApi: () => api.close() };
}

async function tearDown(s: Setup | undefined): Promise<void> {
  if (!s) return;
  await s.closeApi();
  await s.t.close();
  rmSync(s.dataDir, { recursive: true, force: true });
}

const seedDeps = (s: Setup, config = s.t.config) => ({
  db: s.t.database.db,
  log: silentLog,
  config,
  tenantId: s.t.tenant.id,
  clock: s.t.clock.now,
  tenants: s.t.tenants,
  imageSize: IMAGE_SIZE,
});

/** Signs in on the test app; the session works on the demo API app too (same database). */
async function staff(s: Setup, role: 'quan_tri' | 'bien_tap'): Promise<StaffClient> {
  const client = await s.t.signIn((await s.t.addUser(role)).email);
  return {
    ...client,
    inject: ({ csrf = true, headers, ...opts }) =>
      s.api.inject({
        ...opts,
        headers: { ...headers, cookie: client.cookie, ...(csrf ? { 'x-csrf-token': client.csrfToken } : {}) },
      }),
  };
}

/** Regular files under a folder (the media store leaves empty folders behind, which is fine). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const page = (s: Setup, url: string) => s.t.app.inject({ method: 'GET', url, headers: BROWSER });

describe('demo content: seeding, portal, removal', () => {
  let s: Setup;
  let seededAt: Date;
  const demo = () => materializeDemoArticles(seededAt);
  const live = () =>
    demo()
      .filter((a) => a.status === 'published' && !a.scheduled)
      .sort((x, y) => (y.publishedAt?.getTime() ?? 0) - (x.publishedAt?.getTime() ?? 0));

  beforeAll(async () => {
    // The default tenant name (no province): the demo renames the tenant, and removal renames it back.
    s = await setUp({ TENANT_NAME: DEFAULT_TENANT_NAME });
  });
  afterAll(() => tearDown(s));

  it(
    'fills a fresh tenant with the demo alliance, as the system, in the newsroom states it needs',
    async () => {
      seededAt = s.t.clock.now();
      const outcome = await seedDemoContentIfEmpty(seedDeps(s));
      expect(outcome).toMatchObject({
        seeded: true,
        counts: {
          articles: 40,
          documents: 15,
          pages: 4,
          links: 8,
          images: 22,
          scheduled: 2,
          submitted: 2,
          drafts: 1,
          organizations: DEMO_ORGS.length,
        },
        tenantRenamed: true,
      });
      // The register goes in bulk: well under the 2 s it may add to the start.
      if (outcome.seeded) console.info(`demo seeding: ${outcome.ms} ms, register ${outcome.registerMs} ms`);
      expect(outcome.seeded && outcome.registerMs).toBeLessThan(4000);
      const db = s.t.database.db;
      const tenantId = s.t.tenant.id;
      const rows = await articleRows(db, tenantId);
      expect(rows.length).toBeGreaterThanOrEqual(40);
      expect(rows.every((r) => r.isDemo)).toBe(true);
      expect(new Set(rows.map((r) => r.categoryId)).size).toBeGreaterThanOrEqual(5);
      const byStatus = (st: string) => rows.filter((r) => r.status === st).length;
      expect([byStatus('published'), byStatus('submitted'), byStatus('draft')]).toEqual([37, 2, 1]);
      const cats = await categoryRows(db, tenantId);
      expect(cats.every((c) => c.isDemo)).toBe(true);
      expect(cats.find((c) => c.slug === 'tin-tu-cac-don-vi')?.parentId).toBe(
        cats.find((c) => c.slug === 'tin-hoat-dong')?.id,
      );

      const [seedAudit] = await auditRows(db, tenantId, ['demo.seed']);
      expect(seedAudit).toMatchObject({ actorId: null, actorEmail: null, entity: 'demo' });
      // The per-item entries of the services are the system's too.
      const publishes = await auditRows(db, tenantId, ['article.publish']);
      expect(publishes).toHaveLength(37);
      expect(publishes.every((p) => p.actorId === null)).toBe(true);
    },
    SLOW,
  );

  it('fills the cooperative register: organisations with figures, ratings, reports and search entries', async () => {
    const db = s.t.database.db;
    const tenantId = s.t.tenant.id;
    const orgs = await orgRows(db, tenantId);
    expect(orgs).toHaveLength(DEMO_ORGS.length);
    expect(orgs.length).toBeGreaterThanOrEqual(60);
    expect(orgs.every((o) => o.isDemo && o.communeCode && o.provinceCode)).toBe(true);
    const kinds = (k: string) => orgs.filter((o) => o.kind === k).length;
    expect(kinds('HTX') + kinds('THT')).toBeGreaterThan(orgs.length * 0.8);
    for (const k of ['LHHTX', 'QTDND', 'DN']) expect(kinds(k), k).toBeGreaterThanOrEqual(1);
    const statuses = new Set(orgs.map((o) => o.status));
    for (const st of ['dang_hoat_dong', 'tam_ngung', 'yeu_kem', 'giai_the'])
      expect(statuses.has(st), st).toBe(true);
    expect(orgs.filter((o) => o.status === 'dang_hoat_dong').length).toBeGreaterThan(orgs.length * 0.8);
    // The test tenant is the national alliance ("00"): a few real provinces.
    const provinces = new Set(orgs.map((o) => o.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(2);
    expect(provinces.has('00')).toBe(false);
    expect(orgs.filter((o) => o.addressOriginal).length).toBeGreaterThanOrEqual(10);
    expect(orgs.filter((o) => o.allianceMemberSince).length).toBeGreaterThan(orgs.length / 2);

    const year = Number(new Date(s.t.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 4));
    const counts = await registryRowCounts(db, tenantId);
    const unionLinks = DEMO_ORGS.reduce((n, o) => n + (o.members?.length ?? 0), 0);
    expect(counts.unionLinks).toBe(unionLinks);
    expect(counts.statusHistory).toBe(orgs.length + orgs.filter((o) => o.status !== 'dang_hoat_dong').length);
    expect(counts.figures).toBeGreaterThan(orgs.length * 3 * 6);
    expect((await figureYears(db, tenantId)).map((y) => y.year)).toEqual([
      year - 3,
      year - 2,
      year - 1,
      year,
    ]);
    const ratings = await ratingRows(db, tenantId);
    expect(ratings.length).toBeGreaterThanOrEqual(40);
    expect(ratings.every((r) => r.year === year - 1 && r.score !== null)).toBe(true);
    expect(new Set(ratings.map((r) => r.grade))).toEqual(new Set(['tot', 'kha', 'trung_binh', 'yeu']));
    const reports = await reportRows(db, tenantId);
    expect(reports.every((r) => r.year === year)).toBe(true);
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['chua_nop', 'da_nop', 'da_duyet']));
    // Site search: every organisation still listed (not dissolved).
    const orgEntries = (await searchEntryKinds(db, tenantId)).filter((k) => k === 'org');
    expect(orgEntries).toHaveLength(orgs.filter((o) => o.status !== 'giai_the').length);

    // The public directory lists them; a dissolved one keeps its profile page only.
    const directory = await page(s, '/hop-tac-xa');
    expect(directory.statusCode).toBe(200);
    const active = orgs.find((o) => o.status === 'dang_hoat_dong' && o.kind === 'HTX');
    if (!active) throw new Error('no active demo cooperative');
    const profile = await page(s, `/hop-tac-xa/${active.slug}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain(active.name);
    const union = orgs.find((o) => o.kind === 'LHHTX');
    const search = await page(s, `/hop-tac-xa?q=${encodeURIComponent(union?.name ?? '')}`);
    expect(search.body).toContain(`/hop-tac-xa/${union?.slug}`);
  });

  it('shows the published articles on /tin-tuc and the home page, with their pictures, but not the unpublished ones', async () => {
    const newest = live()[0];
    if (!newest) throw new Error('no published demo article');
    const list = await page(s, '/tin-tuc');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/tin-tuc/${newest.slug}`);
    const home = await page(s, '/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`/tin-tuc/${newest.slug}`);
    expect(home.body).toContain(DEMO_SITE_SETTINGS.siteTitle);
    for (const a of live()
      .filter((x) => x.featured)
      .slice(0, 1))
      expect(home.body).toContain(`/tin-tuc/${a.slug}`);

    const withPicture = live().find((a) => a.bodyHtml.includes('/demo-image/'));
    if (!withPicture) throw new Error('no demo article with an inline picture');
    const article = await page(s, `/tin-tuc/${withPicture.slug}`);
    expect(article.statusCode).toBe(200);
    expect(article.body).not.toContain('/demo-image/');
    expect(article.body).toContain(`/media/${s.t.tenant.id}/images/`);

    for (const a of demo().filter((x) => x.status !== 'published')) {
      expect((await page(s, `/tin-tuc/${a.slug}`)).statusCode, a.slug).toBe(404);
      expect(list.body).not.toContain(`/tin-tuc/${a.slug}"`);
    }
    expect((await page(s, '/chuyen-muc/kinh-te-tap-the')).statusCode).toBe(200);
  });

  it('stores the pictures in the media store and serves them from /media', async () => {
    const rows = await mediaRows(s.t.database.db, s.t.tenant.id);
    expect(rows).toHaveLength(22);
    const store = new MediaStore(s.t.config.dataDir);
    for (const r of rows) {
      expect(r).toMatchObject({
        isDemo: true,
        kind: 'image',
        width: IMAGE_SIZE.width,
        height: IMAGE_SIZE.height,
      });
      expect(r.alt.length).toBeGreaterThan(5);
      for (const path of [r.storagePath, ...r.variants.map((v) => v.path)]) {
        expect(existsSync(store.absolute(path)), path).toBe(true);
      }
    }
    const webp = rows[0]?.variants.find((v) => v.format === 'webp');
    const res = await page(s, `/media/${webp?.path}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/webp');
  });

  it('publishes documents on /van-ban, pages on /gioi-thieu, links and the demo settings', async () => {
    const docs = await page(s, '/van-ban');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('17/2023/QH15');
    const db = s.t.database.db;
    const docRows = await documentRows(db, s.t.tenant.id);
    const newLaw = docRows.find((d) => d.number === '17/2023/QH15');
    const oldLaw = docRows.find((d) => d.number === '23/2012/QH13');
    expect(oldLaw).toMatchObject({ status: 'bi_thay_the', replacedById: newLaw?.id, isDemo: true });

    const about = await page(s, '/gioi-thieu');
    expect(about.statusCode).toBe(200);
    for (const p of DEMO_PAGES) expect(about.body).toContain(`/gioi-thieu/${p.slug}`);
    expect((await page(s, `/gioi-thieu/${DEMO_PAGES[0]?.slug}`)).statusCode).toBe(200);
    expect((await page(s, '/')).body).toContain('https://vca.org.vn');

    const tenant = await tenantRow(db, s.t.tenant.id);
    expect(tenant?.name).toBe(DEMO_SITE_SETTINGS.siteTitle);
    expect(tenant?.settings).toMatchObject({
      siteTitle: DEMO_SITE_SETTINGS.siteTitle,
      phone: DEMO_SITE_SETTINGS.phone,
    });
    expect(s.t.tenants.get(s.t.tenant.id)?.name).toBe(DEMO_SITE_SETTINGS.siteTitle);
    expect((await page(s, '/lien-he')).body).toContain(DEMO_SITE_SETTINGS.contacts[0]?.name);
  });

  it('keeps the scheduled articles hidden until their time comes', async () => {
    const scheduled = demo().filter((a) => a.scheduled);
    expect(scheduled).toHaveLength(2);
    for (const a of scheduled) {
      expect((await page(s, `/tin-tuc/${a.slug}`)).statusCode).toBe(404);
      expect((await page(s, '/tin-tuc')).body).not.toContain(`/tin-tuc/${a.slug}`);
    }
    const latest = Math.max(...scheduled.map((a) => a.publishedAt?.getTime() ?? 0));
    s.t.clock.advance(latest - s.t.clock.now().getTime() + 60_000);
    for (const a of scheduled) {
      expect((await page(s, `/tin-tuc/${a.slug}`)).statusCode, a.slug).toBe(200);
      expect((await page(s, '/tin-tuc')).body).toContain(`/tin-tuc/${a.slug}`);
    }
  });

  it('does nothing on a second start, and refuses to load into a tenant with content', async () => {
    expect(await seedDemoContentIfEmpty(seedDeps(s))).toEqual({ seeded: false, reason: 'not_empty' });
    const ctx: Ctx = {
      db: s.t.database.db,
      tenantId: s.t.tenant.id,
      actor: null,
      requestId: null,
      log: silentLog,
    };
    await expect(
      seedDemoContent(ctx, { store: new MediaStore(s.t.config.dataDir), now: s.t.clock.now() }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await articleRows(s.t.database.db, s.t.tenant.id)).toHaveLength(40);
    expect(await mediaRows(s.t.database.db, s.t.tenant.id)).toHaveLength(22);
  });

  it('lets only the system (no actor) skip the newsroom roles', async () => {
    const [draft] = (await articleRows(s.t.database.db, s.t.tenant.id)).filter((a) => a.status === 'draft');
    if (!draft) throw new Error('no demo draft');
    const contributor: Ctx = {
      db: s.t.database.db,
      tenantId: s.t.tenant.id,
      actor: { id: crypto.randomUUID(), email: 'ctv@example.vn', role: 'cong_tac_vien' },
      requestId: null,
      log: silentLog,
    };
    // asSystem is ignored for a person: a contributor may not publish (nor see others' drafts).
    await expect(
      publishArticle(contributor, draft.id, {}, s.t.clock.now(), { asSystem: true }),
    ).rejects.toMatchObject({ status: 404 });
    const [still] = (await articleRows(s.t.database.db, s.t.tenant.id)).filter((a) => a.id === draft.id);
    expect(still?.status).toBe('draft');
  });

  it('reports the demo to any staff member; only an administrator may remove it', async () => {
    const anonymous = await s.api.inject({ method: 'GET', url: '/api/v1/demo' });
    expect(anonymous.statusCode).toBe(401);
    const editor = await staff(s, 'bien_tap');
    const status = await editor.inject({ method: 'GET', url: '/api/v1/demo' });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toEqual({
      present: true,
      counts: {
        articles: 40,
        documents: 15,
        pages: 4,
        links: 8,
        images: 22,
        organizations: DEMO_ORGS.length,
      },
    });
    const refused = await editor.inject({ method: 'DELETE', url: '/api/v1/demo' });
    expect(refused.statusCode).toBe(403);
    expect(await articleRows(s.t.database.db, s.t.tenant.id)).toHaveLength(40);
  });

  it(
    'removes every demo item but keeps what staff made meanwhile, and restores the settings',
    async () => {
      const db = s.t.database.db;
      const tenantId = s.t.tenant.id;
      const editor = await staff(s, 'bien_tap');
      const admin = await staff(s, 'quan_tri');
      const category = (await categoryRows(db, tenantId)).find((c) => c.slug === 'kinh-te-tap-the');
      const [picture] = await mediaRows(db, tenantId);
      if (!category || !picture) throw new Error('demo category or picture missing');
      // A staff article in a demo category, with a demo picture as its cover, published.
      const own = await createArticle(editor, category.id, {
        title: 'Hợp tác xã Tân Tiến ký hợp đồng tiêu thụ 200 tấn chè',
        coverMediaId: picture.id,
      });
      const pub = await editor.inject({
        method: 'POST',
        url: `/api/v1/news/articles/${own.id}/publish`,
        payload: {},
      });
      expect(pub.statusCode, pub.body).toBe(200);
      // Reader feedback on a demo article goes with it; the general one stays.
      const [demoArticle] = (await articleRows(db, tenantId)).filter((a) => a.isDemo);
      if (!demoArticle) throw new Error('no demo article');
      await insertFeedbackPair(db, tenantId, demoArticle.id);
      // An organisation staff registered, listed as a member of a demo union.
      const created = await s.t.app.inject({
        method: 'POST',
        url: '/api/v1/orgs',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
        payload: { kind: 'HTX', name: 'Hợp tác xã Chè Tân Tiến', regCode: '5400123456' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const staffOrg = created.json() as { id: string; slug: string };
      const demoUnion = (await orgRows(db, tenantId)).find((o) => o.kind === 'LHHTX');
      const linked = await s.t.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${demoUnion?.id}/union-members`,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
        payload: { memberId: staffOrg.id },
      });
      expect(linked.statusCode, linked.body).toBeLessThan(300);

      const res = await admin.inject({ method: 'DELETE', url: '/api/v1/demo' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        removed: {
          articles: 40,
          categories: 6,
          documents: 15,
          pages: 4,
          links: 8,
          images: 21,
          organizations: DEMO_ORGS.length,
        },
        kept: { categories: 1, documents: 0, images: 1, organizations: 0 },
        settingsRestored: true,
      });

      const after = await admin.inject({ method: 'GET', url: '/api/v1/demo' });
      expect(after.json()).toEqual({
        present: false,
        counts: { articles: 0, documents: 0, pages: 0, links: 0, images: 0, organizations: 0 },
      });
      // Only the staff article is left, in its category, with its cover on disk.
      expect((await articleRows(db, tenantId)).map((a) => a.id)).toEqual([own.id]);
      expect((await categoryRows(db, tenantId)).map((c) => ({ slug: c.slug, isDemo: c.isDemo }))).toEqual([
        { slug: 'kinh-te-tap-the', isDemo: false },
      ]);
      const media = await mediaRows(db, tenantId);
      expect(media.map((m) => m.id)).toEqual([picture.id]);
      const store = new MediaStore(s.t.config.dataDir);
      expect(existsSync(store.absolute(picture.storagePath))).toBe(true);
      expect(await documentRows(db, tenantId)).toHaveLength(0);
      expect(await pageRows(db, tenantId)).toHaveLength(0);
      expect(await linkRows(db, tenantId)).toHaveLength(0);
      // The register: only the staff organisation is left, nothing of the demo hangs around.
      expect((await orgRows(db, tenantId)).map((o) => o.id)).toEqual([staffOrg.id]);
      expect(await registryRowCounts(db, tenantId)).toEqual({
        figures: 0,
        ratings: 0,
        reports: 0,
        statusHistory: 1,
        unionLinks: 0,
      });
      const directory = await page(s, '/hop-tac-xa');
      expect(directory.body).toContain(`/hop-tac-xa/${staffOrg.slug}`);
      for (const o of DEMO_ORGS.slice(0, 5)) expect(directory.body).not.toContain(o.name);
      expect(await feedbackArticleIds(db, tenantId)).toEqual([null]);
      expect((await searchRefIds(db, tenantId)).sort()).toEqual([own.id, staffOrg.id].sort());

      // The portal: nothing of the demo, the staff article still there.
      const list = await page(s, '/tin-tuc');
      expect(list.body).toContain(own.url);
      for (const a of demo()) expect(list.body).not.toContain(`/tin-tuc/${a.slug}"`);
      const home = await page(s, '/');
      expect(home.body).not.toContain('Hòa Sơn');
      expect(home.body).not.toContain('https://vca.org.vn');
      expect((await page(s, `/tin-tuc/${live()[0]?.slug}`)).statusCode).toBe(404);
      expect((await page(s, '/van-ban')).body).not.toContain('17/2023/QH15');
      expect((await page(s, `/gioi-thieu/${DEMO_PAGES[0]?.slug}`)).statusCode).toBe(404);
      expect((await page(s, '/chuyen-muc/kinh-te-tap-the')).statusCode).toBe(200);

      // Name and settings as before the demo.
      const tenant = await tenantRow(db, tenantId);
      expect(tenant?.name).toBe(DEFAULT_TENANT_NAME);
      expect(tenant?.settings).toMatchObject({ siteTitle: DEFAULT_TENANT_NAME, phone: '', contacts: [] });
      expect(s.t.tenants.get(tenantId)?.name).toBe(DEFAULT_TENANT_NAME);

      const [removal] = await auditRows(db, tenantId, ['demo.remove']);
      expect(removal).toMatchObject({ actorEmail: expect.stringContaining('quan_tri'), entity: 'demo' });
      expect(removal?.before).toMatchObject({ articles: 40, documents: 15, organizations: DEMO_ORGS.length });

      // A second removal has nothing left to do.
      const again = await admin.inject({ method: 'DELETE', url: '/api/v1/demo' });
      expect(again.json()).toMatchObject({
        removed: {
          articles: 0,
          categories: 0,
          documents: 0,
          pages: 0,
          links: 0,
          images: 0,
          organizations: 0,
        },
        settingsRestored: false,
      });
    },
    SLOW,
  );
});

describe('demo content: configured alliances and HOPTAC_DEMO', () => {
  let s: Setup | undefined;
  afterAll(() => tearDown(s));

  it(
    'keeps a configured tenant name, and an emptied tenant stays empty at the next start',
    async () => {
      s = await setUp();
      const name = s.t.tenant.name;
      expect(name).not.toBe(DEFAULT_TENANT_NAME);
      const outcome = await seedDemoContentIfEmpty(seedDeps(s));
      expect(outcome).toMatchObject({ seeded: true, tenantRenamed: false });
      const db = s.t.database.db;
      const tenantId = s.t.tenant.id;
      const seeded = await tenantRow(db, tenantId);
      expect(seeded).toMatchObject({ name, settings: { siteTitle: DEMO_SITE_SETTINGS.siteTitle } });

      const ctx: Ctx = { db, tenantId: s.t.tenant.id, actor: null, requestId: null, log: silentLog };
      const result = await removeDemoContent(ctx, new MediaStore(s.t.config.dataDir), {
        tenants: s.t.tenants,
      });
      expect(result).toMatchObject({ removed: { articles: 40, images: 22 }, settingsRestored: true });
      expect(await tenantRow(db, tenantId)).toMatchObject({ name, settings: { siteTitle: name } });
      expect(await mediaRows(db, tenantId)).toHaveLength(0);
      // The audit trail remembers the demo was loaded once: a restart does not bring it back.
      expect(await seedDemoContentIfEmpty(seedDeps(s))).toEqual({ seeded: false, reason: 'seeded_before' });
      expect(await articleRows(db, tenantId)).toHaveLength(0);
      const audits = await auditRows(db, tenantId, ['demo.seed', 'demo.remove']);
      expect(audits.map((a) => [a.action, a.actorId])).toEqual([
        ['demo.seed', null],
        ['demo.remove', null],
      ]);
    },
    SLOW,
  );

  it(
    'leaves nothing behind when loading fails half-way (pictures included)',
    async () => {
      const f = await setUp();
      try {
        const ctx: Ctx = {
          db: f.t.database.db,
          tenantId: f.t.tenant.id,
          actor: null,
          requestId: null,
          log: silentLog,
        };
        // An empty site, but a category already holding a demo slug: the content transaction fails.
        await createCategory(ctx, {
          name: 'Tin hoạt động',
          slug: 'tin-hoat-dong',
          parentId: null,
          description: '',
          showOnHome: true,
        });
        const store = new MediaStore(f.t.config.dataDir);
        await expect(
          seedDemoContent(ctx, { store, now: f.t.clock.now(), imageSize: IMAGE_SIZE }),
        ).rejects.toMatchObject({ status: 409 });
        const db = f.t.database.db;
        expect(await mediaRows(db, f.t.tenant.id)).toHaveLength(0);
        expect(filesUnder(store.root)).toEqual([]);
        expect(await articleRows(db, f.t.tenant.id)).toHaveLength(0);
        expect((await categoryRows(db, f.t.tenant.id)).map((c) => c.isDemo)).toEqual([false]);
        expect(await auditRows(db, f.t.tenant.id, ['demo.seed'])).toHaveLength(0);
        expect((await tenantRow(db, f.t.tenant.id))?.settings.siteTitle).toBe(f.t.tenant.name);
        // At the next start it is tried again (and fails the same way, logged, without throwing).
        expect(await seedDemoContentIfEmpty(seedDeps(f))).toEqual({ seeded: false, reason: 'failed' });
        expect(filesUnder(store.root)).toEqual([]);
      } finally {
        await tearDown(f);
      }
    },
    SLOW,
  );

  it('starts empty with HOPTAC_DEMO=0', async () => {
    const off = await setUp({ HOPTAC_DEMO: '0' });
    try {
      expect(off.t.config.HOPTAC_DEMO).toBe(false);
      expect(await seedDemoContentIfEmpty(seedDeps(off))).toEqual({ seeded: false, reason: 'disabled' });
      const db = off.t.database.db;
      expect(await articleRows(db, off.t.tenant.id)).toHaveLength(0);
      expect(await mediaRows(db, off.t.tenant.id)).toHaveLength(0);
      expect(await auditRows(db, off.t.tenant.id, ['demo.seed'])).toHaveLength(0);
    } finally {
      await tearDown(off);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { articles, categories } from '../news/news.tables.ts';
import { visitDays } from './stats.tables.ts';
import { countArticleView } from './view-counter.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

let seq = 0;

/** Rows straight into the news tables: the stats module only reads and bumps them. */
async function addArticle(t: TestApp, title: string): Promise<string> {
  seq++;
  const [category] = await t.database.db
    .insert(categories)
    .values({ tenantId: t.tenant.id, name: `Chuyên mục ${seq}`, slug: `chuyen-muc-${seq}` })
    .returning();
  const [article] = await t.database.db
    .insert(articles)
    .values({
      tenantId: t.tenant.id,
      slug: `bai-${seq}`,
      title,
      categoryId: category?.id ?? '',
      status: 'published',
      publishedAt: new Date('2026-03-01T02:00:00Z'),
    })
    .returning();
  if (!article) throw new Error('no article');
  return article.id;
}

async function savedDays(t: TestApp) {
  const rows = await t.database.db.select().from(visitDays);
  return rows
    .filter((r) => r.tenantId === t.tenant.id)
    .map((r) => ({ day: r.day, visits: r.visits, pageViews: r.pageViews }));
}

describe('visitor statistics', () => {
  let t: TestApp;
  let leader: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.signIn((await t.addUser('lanh_dao')).email);
  });
  afterAll(() => t.close());

  const visit = (url: string, ip: string, ua = CHROME) =>
    t.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { 'user-agent': ua } });

  it('counts public HTML pages per visitor and day, nothing else, and writes only on flush', async () => {
    await t.app.visitStats.flush(); // whatever earlier requests of this file left
    const before = await savedDays(t);
    await visit('/', '192.0.2.1');
    await visit('/', '192.0.2.1'); // cache hit: still a page view
    await visit('/', '192.0.2.2', FIREFOX);
    await visit('/', '192.0.2.3', 'Mozilla/5.0 (compatible; bingbot/2.0)');
    await visit('/khong-co-trang-nay', '192.0.2.4'); // 404
    await visit('/api/v1/khong-co', '192.0.2.5');
    await visit('/thong-ke/bo-dem', '192.0.2.6'); // JSON
    const etag = (await visit('/', '192.0.2.1')).headers.etag;
    const revalidated = await t.app.inject({
      method: 'GET',
      url: '/',
      remoteAddress: '192.0.2.1',
      headers: { 'user-agent': CHROME, 'if-none-match': String(etag) },
    });
    expect(revalidated.statusCode).toBe(304); // a browser re-reading its copy: a page view too
    // Two visitors; five page views (two plain, one for the ETag, one 304, one by the second visitor).
    expect(t.app.visitStats.tracker.unsavedDays(t.tenant.id)).toEqual([
      { tenantId: t.tenant.id, day: '2026-03-02', visits: 2, pageViews: 5 },
    ]);
    expect(await savedDays(t)).toEqual(before); // nothing written per request
    await t.app.visitStats.flush();
    expect(await savedDays(t)).toEqual([{ day: '2026-03-02', visits: 2, pageViews: 5 }]);
    expect(t.app.visitStats.tracker.unsavedVisits(t.tenant.id)).toBe(0);
  });

  it('adds up saved and unsaved visits in the public counter, live and uncached', async () => {
    await t.app.visitStats.flush();
    const first = await t.app.inject({ method: 'GET', url: '/thong-ke/bo-dem' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const c1 = first.json() as {
      totalVisits: number;
      onlineNow: number;
      totalText: string;
      onlineText: string;
    };
    await visit('/', '198.51.100.7');
    const c2 = (await t.app.inject({ method: 'GET', url: '/thong-ke/bo-dem' })).json() as typeof c1;
    expect(c2.totalVisits).toBe(c1.totalVisits + 1);
    expect(c2.onlineNow).toBeGreaterThanOrEqual(1);
    await t.app.visitStats.flush();
    const c3 = (await t.app.inject({ method: 'GET', url: '/thong-ke/bo-dem' })).json() as typeof c1;
    expect(c3.totalVisits).toBe(c2.totalVisits);
    expect(c3.totalText).toBe(c3.totalVisits.toLocaleString('vi-VN'));
  });

  it('formats big totals the Vietnamese way', async () => {
    await t.database.db
      .insert(visitDays)
      .values({ tenantId: t.tenant.id, day: '2020-01-01', visits: 266_000, pageViews: 900_000 });
    t.clock.advance(61_000); // the saved total is re-read at least every minute (other nodes write too)
    const c = (await t.app.inject({ method: 'GET', url: '/thong-ke/bo-dem' })).json() as {
      totalText: string;
    };
    expect(c.totalText).toMatch(/^26\d\.\d{3}$/);
  });

  it('shows counts per day to the leadership, zero-filled, with unsaved counts', async () => {
    t.clock.advance(24 * 3_600_000); // 2026-03-03 in Viet Nam
    leader = await t.signIn((await t.addUser('lanh_dao')).email);
    await visit('/', '203.0.113.9');
    const res = await leader.inject({
      method: 'GET',
      url: '/api/v1/stats/visits?from=2026-02-27&to=2026-03-03',
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as { days: { day: string; visits: number }[]; totalVisits: number };
    expect(report.days.map((d) => d.day)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(report.days[0]?.visits).toBe(0);
    expect(report.days[3]?.visits).toBeGreaterThan(0);
    expect(report.days[4]?.visits).toBe(1);
    const byDefault = (await leader.inject({ method: 'GET', url: '/api/v1/stats/visits' })).json() as {
      from: string;
      to: string;
      days: unknown[];
    };
    expect(byDefault).toMatchObject({ from: '2026-02-02', to: '2026-03-03' });
    expect(byDefault.days).toHaveLength(30);
  });

  it('refuses bad ranges with field messages, and staff without the role', async () => {
    for (const q of [
      'from=2026-02-30',
      'from=hom-qua',
      'from=2026-03-05&to=2026-03-01',
      'from=2024-01-01&to=2026-01-01',
    ]) {
      const res = await leader.inject({ method: 'GET', url: `/api/v1/stats/visits?${q}` });
      expect(res.statusCode, q).toBe(400);
      expect(Object.keys((res.json() as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    }
    const contributor = await t.signIn((await t.addUser('cong_tac_vien')).email);
    expect((await contributor.inject({ method: 'GET', url: '/api/v1/stats/visits' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/stats/top-articles' })).statusCode).toBe(401);
  });

  it('adds article views in one update per flush and ranks the most viewed', async () => {
    const popular = await addArticle(t, 'Hợp tác xã nông nghiệp mở rộng vùng nguyên liệu');
    const quiet = await addArticle(t, 'Tập huấn kế toán hợp tác xã');
    const { tracker } = t.app.visitStats;
    for (let i = 0; i < 3; i++) tracker.record(t.tenant.id, `10.9.0.${i}`, CHROME, popular);
    tracker.record(t.tenant.id, '10.9.0.9', CHROME, quiet);
    // Unsaved views already rank.
    const editor = await t.signIn((await t.addUser('bien_tap')).email);
    const live = (
      await editor.inject({ method: 'GET', url: '/api/v1/stats/top-articles?limit=2' })
    ).json() as {
      items: { id: string; views: number }[];
    };
    expect(live.items.map((i) => [i.id, i.views])).toEqual([
      [popular, 3],
      [quiet, 1],
    ]);
    await t.app.visitStats.flush();
    const rows = await t.database.db.select().from(articles);
    const views = new Map(rows.map((r) => [r.id, r.viewCount]));
    expect(views.get(popular)).toBe(3);
    expect(views.get(quiet)).toBe(1);
    // updated_at and version are the editors' business: a view does not touch them.
    const row = rows.find((r) => r.id === popular);
    expect(row?.version).toBe(1);
    const saved = (
      await editor.inject({ method: 'GET', url: '/api/v1/stats/top-articles?limit=1' })
    ).json() as {
      items: { id: string; views: number; title: string }[];
    };
    expect(saved.items).toEqual([
      expect.objectContaining({
        id: popular,
        views: 3,
        title: 'Hợp tác xã nông nghiệp mở rộng vùng nguyên liệu',
      }),
    ]);
  });

  it('counts an article view marked while rendering', async () => {
    const id = await addArticle(t, 'Bài có lượt xem');
    const req = { viewedArticleId: null } as unknown as Parameters<typeof countArticleView>[0];
    countArticleView(req, id);
    expect(req.viewedArticleId).toBe(id);
  });
});

describe('visitor statistics at shutdown', () => {
  it('flushes what is pending when the app closes', async () => {
    const t = await createTestApp();
    try {
      await t.app.inject({
        method: 'GET',
        url: '/',
        remoteAddress: '192.0.2.77',
        headers: { 'user-agent': CHROME },
      });
      expect(await savedDays(t)).toEqual([]);
      await t.app.close();
      expect(await savedDays(t)).toEqual([{ day: '2026-03-02', visits: 1, pageViews: 1 }]);
    } finally {
      await t.database.close();
    }
  });
});

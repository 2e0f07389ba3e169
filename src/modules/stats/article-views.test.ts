// Per-article view counts from the article page to the console's "most viewed" list: the page
// request marks the view, the visit hook counts it in memory, a flush writes it, the list reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { act, createArticle, type EditorRoom, publishedArticle, setUpEditor } from '../news/news-test-kit.ts';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
const MINUTE = 60_000;

interface TopItem {
  id: string;
  views: number;
}

describe('article views', () => {
  let t: TestApp;
  let room: EditorRoom;
  let leader: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    room = await setUpEditor(t);
    leader = await t.signIn((await t.addUser('lanh_dao')).email);
  });
  afterAll(() => t.close());

  const read = (url: string, ip: string, ua = CHROME) =>
    t.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { 'user-agent': ua } });

  async function top(): Promise<[string, number][]> {
    const res = await leader.inject({ method: 'GET', url: '/api/v1/stats/top-articles?limit=10' });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: TopItem[] }).items.map((i) => [i.id, i.views]);
  }

  it('counts readers of the article page, cached or not, and ranks only articles people read', async () => {
    const read1 = await publishedArticle(room);
    const unread = await publishedArticle(room);
    expect(await top()).toEqual([]); // nobody has read anything yet: no list of zeros

    expect((await read(read1.url, '198.51.100.1')).headers['x-cache']).toBe('miss');
    expect((await read(read1.url, '198.51.100.2')).headers['x-cache']).toBe('hit');
    const etag = (await read(read1.url, '198.51.100.3')).headers.etag;
    const again = await t.app.inject({
      method: 'GET',
      url: read1.url,
      remoteAddress: '198.51.100.3',
      headers: { 'user-agent': CHROME, 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304); // a reader reloading: a view too
    await read(read1.url, '198.51.100.4', HEADLESS); // automation: not a reader
    await read(`${read1.url}?in=1`, '198.51.100.5'); // the print view of a page already counted

    // Unsaved views already rank; the unread article does not appear with 0.
    expect(await top()).toEqual([[read1.id, 4]]);
    await t.app.visitStats.flush();
    expect(t.app.visitStats.tracker.unsavedArticleViews(t.tenant.id).size).toBe(0);
    expect(await top()).toEqual([[read1.id, 4]]);

    await read(unread.url, '198.51.100.6');
    expect(await top()).toEqual([
      [read1.id, 4],
      [unread.id, 1],
    ]);
  });

  it('leaves out an article scheduled for later until readers can see it', async () => {
    await t.app.visitStats.flush();
    const a = await createArticle(room.editor, room.categoryId);
    const at = new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString();
    const res = await act(room.editor, a.id, 'publish', { publishedAt: at });
    expect(res.statusCode, res.body).toBe(200);
    expect((await read(a.url, '198.51.100.7')).statusCode).toBe(404);
    // Views it had while public before being rescheduled stay saved, but it is not public now.
    t.app.visitStats.tracker.record(t.tenant.id, '198.51.100.8', CHROME, a.id);
    await t.app.visitStats.flush();
    expect((await top()).map(([id]) => id)).not.toContain(a.id);

    t.clock.advance(15 * MINUTE); // within the staff session's idle time
    expect(await top()).toContainEqual([a.id, 1]);
  });
});

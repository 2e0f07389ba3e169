import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { type ContentChange, contentEvents } from '../../core/content-events.ts';
import { silentLog } from '../../core/silent-log.ts';
import { removeSearchEntry } from '../search/search-index.service.ts';
import { findArticleSearchEntry } from './news-test.repo.ts';
import {
  act,
  BROWSER,
  createArticle,
  type EditorRoom,
  publishedArticle,
  setUpEditor,
} from './news-test-kit.ts';
import { startScheduledPublishing } from './scheduled-publishing.ts';

let t: TestApp;
let room: EditorRoom;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpEditor(t);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: BROWSER });
const HOUR = 3_600_000;

describe('scheduled publishing', () => {
  it('keeps a future article hidden, then shows, indexes and announces it once its time passes', async () => {
    const sched = startScheduledPublishing({
      db: t.database.db,
      log: silentLog,
      clock: t.clock.now,
      tenants: t.tenants,
    });
    try {
      expect(await sched.tick()).toBe(0);

      const a = await createArticle(room.editor, room.categoryId, { title: 'Tin hẹn giờ đăng & <b>' });
      const at = new Date(t.clock.now().getTime() + HOUR).toISOString();
      const res = await act(room.editor, a.id, 'publish', { publishedAt: at });
      expect(res.json()).toMatchObject({ status: 'published', scheduled: true, publishedAt: at });

      expect((await get(a.url)).statusCode).toBe(404);
      expect((await get('/tin-tuc')).body).not.toContain(a.url);
      expect((await get('/rss.xml')).body).not.toContain(a.url);
      expect((await get('/sitemap-tin-tuc.xml')).body).not.toContain(a.url);
      expect(await findArticleSearchEntry(t.database.db, t.tenant.id, a.id)).toBeUndefined();
      expect(await sched.tick()).toBe(0);

      t.clock.advance(HOUR + 1000);
      // Readers see it at once (the time filter); the tick brings search and caches along.
      expect((await get(a.url)).statusCode).toBe(200);
      expect((await get('/tin-tuc')).body).toContain(a.url);
      const changes: ContentChange[] = [];
      const listen = (c: ContentChange) => changes.push(c);
      contentEvents.on('changed', listen);
      try {
        expect(await sched.tick()).toBe(1);
      } finally {
        contentEvents.off('changed', listen);
      }
      expect(await findArticleSearchEntry(t.database.db, t.tenant.id, a.id)).toMatchObject({ url: a.url });
      // The search index announces its own change ('search'); the article's tags come in one event.
      expect(changes.filter((c) => !c.tags.includes('search'))).toEqual([
        {
          tenantId: t.tenant.id,
          tags: expect.arrayContaining([
            `article:${a.id}`,
            'articles',
            `category:${room.categoryId}`,
            'home',
          ]),
        },
      ]);
      expect(await sched.tick()).toBe(0);
    } finally {
      sched.stop();
    }
  });

  it('catches up on visible articles missing from search on its first pass', async () => {
    const a = await publishedArticle(room, { title: 'Tin cần lập chỉ mục lại' });
    await removeSearchEntry(
      { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog },
      'article',
      a.id,
    );
    const sched = startScheduledPublishing({
      db: t.database.db,
      log: silentLog,
      clock: t.clock.now,
      tenants: t.tenants,
    });
    try {
      expect(await sched.tick()).toBe(1);
      expect(await findArticleSearchEntry(t.database.db, t.tenant.id, a.id)).toBeDefined();
    } finally {
      sched.stop();
    }
  });
});

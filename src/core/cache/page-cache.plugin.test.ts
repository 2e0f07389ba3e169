import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../tests/helpers/test-app.ts';
import type { TenantDto } from '../../modules/tenants/tenants.dto.ts';
import { SESSION_COOKIE } from '../auth/session.ts';
import { contentEvents } from '../content-events.ts';
import type { AppDeps } from '../http/deps.ts';
import pageCachePlugin, { cachedPage } from './page-cache.plugin.ts';

const tenant: TenantDto = {
  id: '00000000-0000-4000-8000-0000000000aa',
  code: 'thu',
  name: 'Liên minh Thử',
  provinceCode: '00',
  isNational: true,
  hosts: [],
  settings: { siteTitle: 'Thử', logoUrl: null, address: '', phone: '', email: '', contacts: [] },
};

/** A bare app around the plugin: routes whose renders count calls and misbehave on purpose. */
async function buildCacheApp(clock: FakeClock) {
  const app = Fastify({ logger: false });
  app.decorate('deps', { clock: clock.now } as unknown as AppDeps);
  app.decorateRequest('tenant', null);
  app.addHook('onRequest', async (req) => {
    req.tenant = tenant;
  });
  await app.register(cookie);
  await app.register(pageCachePlugin);
  const renders: Record<string, number> = {};
  const count = (name: string) => {
    renders[name] = (renders[name] ?? 0) + 1;
    return renders[name];
  };
  app.get('/trang', async (req, reply) =>
    cachedPage(req, reply, ['home', 'article:1'], async () => {
      await new Promise((r) => setTimeout(r, 5)); // long enough for concurrent requests to pile up
      return `<p>trang ${count('trang')} ${req.url}</p>`;
    }),
  );
  app.get('/co-cookie', async (req, reply) =>
    cachedPage(req, reply, ['home'], () => {
      reply.setCookie('theo-doi', '1');
      return `<p>cookie ${count('cookie')}</p>`;
    }),
  );
  app.get('/khong-co', async (req, reply) =>
    cachedPage(req, reply, ['home'], () => {
      count('missing');
      reply.code(404);
      return '<p>không có</p>';
    }),
  );
  app.get('/loi', async (req, reply) =>
    cachedPage(req, reply, ['home'], () => {
      count('error');
      throw new Error('render failed');
    }),
  );
  app.get('/bai-viet', async (req, reply) =>
    cachedPage(req, reply, ['article:7'], () => {
      req.viewedArticleId = '00000000-0000-4000-8000-000000000007';
      return '<p>bài</p>';
    }),
  );
  const seenArticle: (string | null)[] = [];
  app.addHook('onResponse', async (req) => {
    if (req.url === '/bai-viet') seenArticle.push(req.viewedArticleId);
  });
  await app.ready();
  return { app, renders, seenArticle };
}

describe('cachedPage', () => {
  const clock = new FakeClock();
  let app: FastifyInstance;
  let renders: Record<string, number>;
  let seenArticle: (string | null)[];

  beforeAll(async () => {
    ({ app, renders, seenArticle } = await buildCacheApp(clock));
  });
  afterAll(() => app.close());

  it('renders once, then serves the stored page with the same ETag', async () => {
    const first = await app.inject({ method: 'GET', url: '/trang?b=2&a=1' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const second = await app.inject({ method: 'GET', url: '/trang?a=1&b=2' });
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(renders.trang).toBe(1);
  });

  it('answers 304 from the cache when the client copy is current', async () => {
    const { headers } = await app.inject({ method: 'GET', url: '/trang?a=1&b=2' });
    const res = await app.inject({
      method: 'GET',
      url: '/trang?a=1&b=2',
      headers: { 'if-none-match': String(headers.etag) },
    });
    expect(res.statusCode).toBe(304);
    expect(res.headers['x-cache']).toBe('hit');
    expect(res.body).toBe('');
  });

  it('bypasses the cache for a staff session cookie', async () => {
    const before = renders.trang ?? 0;
    const res = await app.inject({
      method: 'GET',
      url: '/trang?a=1&b=2',
      headers: { cookie: `${SESSION_COOKIE}=abc` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-cache']).toBe('bypass');
    expect(renders.trang).toBe(before + 1);
    // …and what the staff member saw is not what anonymous readers get next.
    const anon = await app.inject({ method: 'GET', url: '/trang?a=1&b=2' });
    expect(anon.headers['x-cache']).toBe('hit');
  });

  it('shares one render between concurrent misses', async () => {
    const before = renders.trang ?? 0;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => app.inject({ method: 'GET', url: '/trang?cung=1' })),
    );
    expect(renders.trang).toBe(before + 1);
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
  });

  it('drops pages when their content changes and after the maximum age', async () => {
    await app.inject({ method: 'GET', url: '/trang?moi=1' });
    expect((await app.inject({ method: 'GET', url: '/trang?moi=1' })).headers['x-cache']).toBe('hit');
    contentEvents.emit('changed', { tenantId: tenant.id, tags: ['article:1'] });
    expect((await app.inject({ method: 'GET', url: '/trang?moi=1' })).headers['x-cache']).toBe('miss');
    contentEvents.emit('changed', { tenantId: tenant.id, tags: ['documents'] });
    expect((await app.inject({ method: 'GET', url: '/trang?moi=1' })).headers['x-cache']).toBe('hit');
    // Every page shows the layout: a menu change drops it although its route did not name the tag.
    contentEvents.emit('changed', { tenantId: tenant.id, tags: ['menu'] });
    expect((await app.inject({ method: 'GET', url: '/trang?moi=1' })).headers['x-cache']).toBe('miss');
    clock.advance(5 * 60_000);
    expect((await app.inject({ method: 'GET', url: '/trang?moi=1' })).headers['x-cache']).toBe('miss');
  });

  it('never keeps a response with Set-Cookie or another status, nor a failed render', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'GET', url: '/co-cookie' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['set-cookie']).toBeDefined();
    }
    expect(renders.cookie).toBe(2);
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'GET', url: '/khong-co' });
      expect(res.statusCode).toBe(404);
      expect(res.headers.etag).toBeUndefined();
    }
    expect(renders.missing).toBe(2);
    for (let i = 0; i < 2; i++)
      expect((await app.inject({ method: 'GET', url: '/loi' })).statusCode).toBe(500);
    expect(renders.error).toBe(2);
  });

  it('keeps the article a page shows, so a cache hit still counts a view', async () => {
    await app.inject({ method: 'GET', url: '/bai-viet' });
    const hit = await app.inject({ method: 'GET', url: '/bai-viet' });
    expect(hit.headers['x-cache']).toBe('hit');
    expect(seenArticle).toEqual([
      '00000000-0000-4000-8000-000000000007',
      '00000000-0000-4000-8000-000000000007',
    ]);
  });

  it('does not subscribe any more once the app is closed', async () => {
    const other = await buildCacheApp(new FakeClock());
    const listeners = contentEvents.listenerCount('changed');
    await other.app.close();
    expect(contentEvents.listenerCount('changed')).toBe(listeners - 1);
  });
});

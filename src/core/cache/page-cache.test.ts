import { describe, expect, it } from 'vitest';
import { ALL_PAGES_TAG, type CachedPage, PageCache, pageKey } from './page-cache.ts';

const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';

function page(tags: string[], body = 'x'.repeat(100), tenantId = T1, storedAt = Date.now()): CachedPage {
  return {
    tenantId,
    body: Buffer.from(body),
    etag: `W/"${body.length}"`,
    status: 200,
    contentType: 'text/html; charset=utf-8',
    tags,
    facts: { viewedArticleId: null },
    storedAt,
  };
}

describe('PageCache', () => {
  it('evicts the least recently used pages beyond the byte bound', () => {
    const cache = new PageCache({ maxBytes: 4_000, maxEntryBytes: 4_000 });
    for (const k of ['a', 'b', 'c']) expect(cache.set(k, page(['home'], 'x'.repeat(1_000)))).toBe(true);
    expect(cache.stats.entries).toBe(3);
    cache.get('a'); // a becomes the most recent; b is now the oldest
    cache.set('d', page(['home'], 'x'.repeat(1_000)));
    expect(cache.stats.bytes).toBeLessThanOrEqual(4_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
  });

  it('refuses a page larger than the per-entry bound and keeps the others', () => {
    const cache = new PageCache({ maxBytes: 10_000, maxEntryBytes: 2_000 });
    cache.set('small', page(['home']));
    expect(cache.set('big', page(['home'], 'x'.repeat(3_000)))).toBe(false);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });

  it('replaces a key without counting its bytes twice', () => {
    const cache = new PageCache();
    cache.set('a', page(['home']));
    const once = cache.stats.bytes;
    cache.set('a', page(['home']));
    expect(cache.stats.bytes).toBe(once);
    expect(cache.stats.entries).toBe(1);
  });

  it('drops exactly the pages carrying an invalidated tag, per tenant', () => {
    const cache = new PageCache();
    cache.set('home', page(['home', 'articles']));
    cache.set('article-1', page(['article:1', 'articles']));
    cache.set('docs', page(['documents']));
    cache.set('other-tenant-home', page(['home', 'articles'], 'y', T2));
    expect(cache.invalidate(T1, ['article:1'])).toBe(1);
    expect(cache.get('article-1')).toBeUndefined();
    expect(cache.get('home')).toBeDefined();
    expect(cache.invalidate(T1, ['articles'])).toBe(1);
    expect(cache.get('home')).toBeUndefined();
    expect(cache.get('docs')).toBeDefined();
    expect(cache.get('other-tenant-home')).toBeDefined();
    expect(cache.invalidate(T1, ['unknown'])).toBe(0);
  });

  it('drops a whole tenant, directly or through the "*" tag', () => {
    const cache = new PageCache();
    cache.set('a', page(['home']));
    cache.set('b', page(['documents']));
    cache.set('c', page(['home'], 'z', T2));
    expect(cache.invalidate(T1, [ALL_PAGES_TAG])).toBe(2);
    expect(cache.stats.entries).toBe(1);
    expect(cache.invalidateTenant(T2)).toBe(1);
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('expires pages after the maximum age even without an invalidation', () => {
    let now = 1_000_000;
    const cache = new PageCache({ maxAgeMs: 300_000, now: () => now });
    cache.set('a', page(['home'], 'x', T1, now));
    now += 299_999;
    expect(cache.get('a')).toBeDefined();
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.stats.entries).toBe(0);
  });

  it('shares one render between concurrent misses on a key', async () => {
    const cache = new PageCache();
    let renders = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const render = async () => {
      renders++;
      await gate;
      return { page: page(['home']), storable: true };
    };
    const all = Promise.all([1, 2, 3, 4, 5].map(() => cache.getOrRender('k', T1, render)));
    release();
    const results = await all;
    expect(renders).toBe(1);
    expect(results.filter((r) => r.shared)).toHaveLength(4);
    expect(new Set(results.map((r) => r.page)).size).toBe(1);
    expect(cache.stats.sharedRenders).toBe(4);
    const again = await cache.getOrRender('k', T1, render);
    expect(again.hit).toBe(true);
    expect(renders).toBe(1);
  });

  it('passes a failed render to every waiter and keeps nothing', async () => {
    const cache = new PageCache();
    const render = async () => {
      await Promise.resolve();
      throw new Error('boom');
    };
    const results = await Promise.allSettled([
      cache.getOrRender('k', T1, render),
      cache.getOrRender('k', T1, render),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(cache.stats.entries).toBe(0);
    const ok = await cache.getOrRender('k', T1, async () => ({ page: page(['home']), storable: true }));
    expect(ok.hit).toBe(false);
  });

  it('serves but does not keep a render overtaken by an invalidation, or one marked personal', async () => {
    const cache = new PageCache();
    const result = await cache.getOrRender('k', T1, async () => {
      cache.invalidate(T1, ['articles']); // an editor published while this page was rendering
      return { page: page(['home']), storable: true };
    });
    expect(result.page.body.length).toBe(100);
    expect(cache.get('k')).toBeUndefined();
    await cache.getOrRender('p', T1, async () => ({ page: page(['home']), storable: false }));
    expect(cache.get('p')).toBeUndefined();
  });
});

describe('pageKey', () => {
  const base = { tenantId: T1, tenantVersion: 1, method: 'GET', origin: 'http://localhost' };

  it('sorts the query and treats HEAD as GET', () => {
    const a = pageKey({ ...base, url: '/tin-tuc?trang=2&loai=a' });
    expect(pageKey({ ...base, url: '/tin-tuc?loai=a&trang=2' })).toBe(a);
    expect(pageKey({ ...base, method: 'HEAD', url: '/tin-tuc?loai=a&trang=2' })).toBe(a);
    expect(pageKey({ ...base, url: '/tin-tuc' })).toBe(pageKey({ ...base, url: '/tin-tuc?' }));
  });

  it('separates tenants, settings versions, hosts, paths and variants', () => {
    const keys = new Set([
      pageKey({ ...base, url: '/' }),
      pageKey({ ...base, tenantId: T2, url: '/' }),
      pageKey({ ...base, tenantVersion: 2, url: '/' }),
      pageKey({ ...base, origin: 'https://lmhtx.sonla.vn', url: '/' }),
      pageKey({ ...base, url: '/tin-tuc' }),
      pageKey({ ...base, url: '/', variant: 'in' }),
    ]);
    expect(keys.size).toBe(6);
  });
});

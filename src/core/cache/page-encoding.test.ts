import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { PageCache } from './page-cache.ts';
import { negotiateCoding } from './page-encoding.ts';

describe('negotiateCoding', () => {
  it('chooses as @fastify/compress: quality first, then br, gzip, deflate', () => {
    expect(negotiateCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateCoding('gzip, deflate')).toBe('gzip');
    expect(negotiateCoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateCoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateCoding('deflate')).toBe('deflate');
    expect(negotiateCoding('*')).toBe('gzip');
    expect(negotiateCoding('x-gzip')).toBe('gzip');
    expect(negotiateCoding('identity')).toBe('identity');
    expect(negotiateCoding('zstd, compress')).toBe('identity');
    expect(negotiateCoding(undefined)).toBe('identity');
  });
});

describe('PageCache.encoded', () => {
  const page = {
    tenantId: 't',
    body: Buffer.from('<p>Hợp tác xã</p>'.repeat(200)),
    etag: 'W/"1"',
    status: 200,
    contentType: 'text/html; charset=utf-8',
    tags: ['home'],
    facts: { viewedArticleId: null },
    storedAt: 0,
  };

  it('compresses a kept page once and counts the copy against the bound', () => {
    const cache = new PageCache({ now: () => 0 });
    cache.set('k', page);
    const before = cache.stats.bytes;
    const first = cache.encoded('k', page, 'br');
    expect(brotliDecompressSync(first).equals(page.body)).toBe(true);
    expect(cache.stats.bytes).toBe(before + first.length);
    expect(cache.encoded('k', page, 'br')).toBe(first);
    expect(cache.stats.bytes).toBe(before + first.length);
    cache.delete('k');
    expect(cache.stats.bytes).toBe(0);
  });

  it('evicts older pages when the copies outgrow the bound', () => {
    // Hex text: gzip only halves it, so the copy does not fit in the slack left by two pages.
    const big = { ...page, body: Buffer.from(randomBytes(4096).toString('hex')) };
    const cache = new PageCache({
      now: () => 0,
      maxBytes: big.body.length * 2 + 2048,
      maxEntryBytes: big.body.length * 2,
    });
    cache.set('old', big);
    cache.set('new', big);
    expect(cache.stats.entries).toBe(2);
    cache.encoded('new', big, 'gzip');
    expect(cache.get('new')).toBe(big);
    expect(cache.get('old')).toBeUndefined();
  });

  it('compresses a page that is not kept for this response only', () => {
    const cache = new PageCache();
    const body = cache.encoded('absent', page, 'gzip');
    expect(gunzipSync(body).equals(page.body)).toBe(true);
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
  });
});

describe('compressed cached pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const home = (headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-encoding': 'br, gzip, deflate', ...headers },
    });

  it('serves br and gzip from copies kept with the page, with Vary and the same ETag', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const html = plain.rawPayload;
    expect(html.toString('utf8')).toContain('<!doctype html>');

    const miss = await home();
    expect(miss.headers['x-cache']).toBe('hit');
    expect(miss.headers['content-encoding']).toBe('br');
    expect(miss.headers.vary).toBe('accept-encoding');
    expect(miss.headers.etag).toBe(plain.headers.etag);
    expect(brotliDecompressSync(miss.rawPayload).equals(html)).toBe(true);
    const kept = t.app.pageCache.stats.bytes;

    const hit = await home();
    expect(hit.headers['content-encoding']).toBe('br');
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    // Served from the kept copy: nothing new was stored.
    expect(t.app.pageCache.stats.bytes).toBe(kept);

    const gzip = await home({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(html)).toBe(true);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.rawPayload.length);
  });

  it('answers 304 to a current ETag whatever the encoding, and leaves deflate to @fastify/compress', async () => {
    const first = await home();
    const again = await home({ 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const deflate = await home({ 'accept-encoding': 'deflate' });
    expect(deflate.headers['content-encoding']).toBe('deflate');
    const none = await home({ 'x-no-compression': '1' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body).toContain('<!doctype html>');
  });

  it('keeps the strict security headers on compressed hits', async () => {
    const res = await home();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

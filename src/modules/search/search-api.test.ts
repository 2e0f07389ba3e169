import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, nextAddress, type TestApp } from '../../../tests/helpers/test-app.ts';
import { SearchResult } from './search.dto.ts';
import { ctxFor, entry, sampleBody } from './search.fixture.ts';
import { indexSearchEntry } from './search-index.service.ts';

let t: TestApp;

function get(url: string, remoteAddress = nextAddress()) {
  return t.app.inject({ method: 'GET', url, remoteAddress });
}

beforeAll(async () => {
  t = await createTestApp();
  const ctx = ctxFor(t.database.db, t.tenant.id);
  await indexSearchEntry(
    ctx,
    entry({
      title: 'Tổng kết năm 2023',
      body: sampleBody('kien-giang-2024-tong-ket'),
      url: '/tin-tuc/tong-ket',
    }),
  );
  await indexSearchEntry(
    ctx,
    entry({
      kind: 'document',
      title: 'Báo cáo 6 tháng',
      body: sampleBody('thai-binh-2019-6-thang'),
      url: '/van-ban/1',
    }),
  );
});
afterAll(() => t.close());

describe('GET /api/v1/search', () => {
  it('answers with the documented shape', async () => {
    const res = await get('/api/v1/search?q=hop%20tac%20xa&pageSize=5');
    expect(res.statusCode).toBe(200);
    const body = SearchResult.parse(res.json());
    expect(body).toMatchObject({
      total: 2,
      page: 1,
      pageSize: 5,
      pageCount: 1,
      tooShort: false,
      suggestion: null,
    });
    expect(body.items[0]?.snippet.some((s) => s.hit)).toBe(true);
  });

  it('filters by kind and Viet Nam dates', async () => {
    const docs = (await get('/api/v1/search?q=hop%20tac%20xa&kind=document')).json();
    expect(docs.items.map((i: { url: string }) => i.url)).toEqual(['/van-ban/1']);
    const none = (await get('/api/v1/search?q=hop%20tac%20xa&from=01/01/2030')).json();
    expect(none.total).toBe(0);
  });

  it('refuses malformed parameters with field errors', async () => {
    for (const q of ['pageSize=500', 'page=0', 'from=31/02/2024', 'kind=video', 'categoryId=abc']) {
      const res = await get(`/api/v1/search?q=hop&${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code).toBe('VALIDATION');
    }
  });

  it('handles a 10,000-character query and tsquery operators', async () => {
    for (const q of ['x'.repeat(10_000), "!!! a:* ((( ' \\", '"hợp tác', '']) {
      const res = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q.slice(0, 20)).toBe(200);
    }
  });

  it('limits each address to 60 searches a minute', async () => {
    const address = nextAddress();
    for (let i = 0; i < 60; i++) expect((await get('/api/v1/search?q=x', address)).statusCode).toBe(200);
    const limited = await get('/api/v1/search?q=x', address);
    expect(limited.statusCode).toBe(429);
    expect((await get('/api/v1/search?q=x')).statusCode).toBe(200);
  });
});

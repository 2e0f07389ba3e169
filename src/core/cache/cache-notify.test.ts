import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../http/deps.ts';
import { decodeChange, encodeChange, startCacheNotify } from './cache-notify.ts';
import { ALL_PAGES_TAG } from './page-cache.ts';

const TENANT = '00000000-0000-4000-8000-0000000000bb';

describe('content change envelope', () => {
  it('round-trips a change with its origin', () => {
    const change = { tenantId: TENANT, tags: ['article:1', 'articles', 'home'] };
    expect(decodeChange(encodeChange('node-a', change))).toEqual({ origin: 'node-a', change });
  });

  it('turns a change too big for NOTIFY into "the whole tenant"', () => {
    const tags = Array.from(
      { length: 600 },
      (_, i) => `article:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const payload = encodeChange('node-a', { tenantId: TENANT, tags });
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(decodeChange(payload)?.change.tags).toEqual([ALL_PAGES_TAG]);
  });

  it('ignores malformed payloads', () => {
    for (const bad of [
      undefined,
      '',
      'not json',
      '{}',
      '{"o":"a","t":"x","g":[]}',
      `{"o":"a","t":"${TENANT}","g":[1]}`,
    ]) {
      expect(decodeChange(bad)).toBeNull();
    }
  });

  it('does nothing on PGlite: one process, the in-process bus suffices', async () => {
    const notify = await startCacheNotify({
      config: { DATABASE_URL: '' },
      database: { kind: 'pglite' },
    } as unknown as Pick<AppDeps, 'config' | 'database'>);
    expect(notify.active).toBe(false);
    await notify.stop();
  });
});

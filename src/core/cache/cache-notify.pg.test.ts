import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../config.ts';
import type { ContentChange } from '../content-events.ts';
import type { AppDeps } from '../http/deps.ts';
import { startCacheNotify } from './cache-notify.ts';

// Runs in the PostgreSQL pass only (vitest.config.ts includes *.pg.test.ts there).
const TENANT = '00000000-0000-4000-8000-0000000000bb';
const url = testDatabaseUrl() ?? '';

describe('LISTEN/NOTIFY between two nodes (PostgreSQL)', () => {
  function nextChange(
    bus: EventEmitter<{ changed: [ContentChange] }>,
    timeoutMs = 5_000,
  ): Promise<ContentChange> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no notification')), timeoutMs);
      bus.once('changed', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  it('relays a change from one node to the other, once, and not back', async () => {
    const deps = {
      config: { DATABASE_URL: url },
      database: { kind: 'postgres' },
    } as unknown as Pick<AppDeps, 'config' | 'database'>;
    const busA = new EventEmitter<{ changed: [ContentChange] }>();
    const busB = new EventEmitter<{ changed: [ContentChange] }>();
    const a = await startCacheNotify(deps, { bus: busA });
    const b = await startCacheNotify(deps, { bus: busB });
    try {
      expect(a.active && b.active).toBe(true);
      const echoesOnA: ContentChange[] = [];
      const received = nextChange(busB);
      busA.emit('changed', { tenantId: TENANT, tags: ['article:42', 'home'] });
      busA.on('changed', (c) => echoesOnA.push(c));
      expect(await received).toEqual({ tenantId: TENANT, tags: ['article:42', 'home'] });
      // B announced it locally but must not publish it again (A would see its own change twice).
      const backOnA = nextChange(busA, 300).catch(() => null);
      expect(await backOnA).toBeNull();
      expect(echoesOnA).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

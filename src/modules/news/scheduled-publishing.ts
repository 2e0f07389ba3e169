import type { FastifyBaseLogger } from 'fastify';
import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import type { Db } from '../../core/db/types.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { articleTags, syncSearchEntry } from './article-effects.ts';
import { findBecameVisible, findVisibleUnindexed } from './scheduled-publishing.repo.ts';

export const SCHEDULE_TICK_MS = 30_000;
// The first tick catches up on whatever came due while the server was down, in bounded batches.
const CATCH_UP_BATCH = 500;

export interface ScheduledPublishingDeps {
  db: Db;
  log: FastifyBaseLogger;
  clock: () => Date;
  tenants: TenantDirectory;
  intervalMs?: number;
}

export interface ScheduledPublishing {
  /** One pass: indexes and announces articles that became visible since the previous pass. Returns how many. */
  tick(now?: Date): Promise<number>;
  stop(): void;
}

/**
 * A scheduled article (published, time ahead) is hidden from readers by the time filter alone, so it
 * "appears" by itself; what nobody would otherwise notice is that search must index it and cached
 * pages must drop. Every 30 s this finds articles whose time passed since the last pass and does both.
 * Idempotent (upsert, cache drops), so several nodes may run it side by side.
 */
export function startScheduledPublishing(deps: ScheduledPublishingDeps): ScheduledPublishing {
  let last: Date | null = null;
  let running: Promise<number> | null = null;

  async function passForTenant(tenantId: string, since: Date | null, now: Date): Promise<number> {
    const ctx: Ctx = { db: deps.db, tenantId, actor: null, requestId: null, log: deps.log };
    let done = 0;
    for (;;) {
      const rows = since
        ? await findBecameVisible(deps.db, tenantId, since, now)
        : await findVisibleUnindexed(deps.db, tenantId, now, CATCH_UP_BATCH);
      if (rows.length === 0) return done;
      await inTransaction(ctx, async (tx) => {
        for (const row of rows) await syncSearchEntry(tx, row, now);
        contentChanged(tx, [...new Set(rows.flatMap((r) => articleTags(r)))]);
      });
      deps.log.info({ tenantId, articles: rows.length }, 'scheduled articles went live');
      done += rows.length;
      // A catch-up batch that came back full may have more behind it (indexed rows drop out of the query).
      if (since || rows.length < CATCH_UP_BATCH) return done;
    }
  }

  async function pass(now: Date): Promise<number> {
    let total = 0;
    for (const tenant of deps.tenants.list()) total += await passForTenant(tenant.id, last, now);
    // Only a complete pass moves the mark: a failed one is retried over the same window.
    last = now;
    return total;
  }

  const tick = (now: Date = deps.clock()): Promise<number> => {
    // One pass at a time: a slow database must not stack them up.
    const next = (running ?? Promise.resolve(0)).catch(() => 0).then(() => pass(now));
    running = next;
    return next;
  };

  const timer = setInterval(() => {
    tick().catch((err) => deps.log.error({ err }, 'scheduled publishing pass failed'));
  }, deps.intervalMs ?? SCHEDULE_TICK_MS);
  timer.unref();

  return { tick, stop: () => clearInterval(timer) };
}

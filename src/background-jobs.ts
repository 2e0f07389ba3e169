import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { startCacheNotify } from './core/cache/cache-notify.ts';
import { clearContentMemos } from './core/cache/content-memo.ts';
import type { Database } from './core/db/client.ts';
import { purgeExpiredSessions } from './modules/accounts/auth.service.ts';
import { startScheduledPublishing } from './modules/news/scheduled-publishing.ts';
import { maintainSearchIndex } from './modules/search/search.service.ts';
import type { TenantDirectory } from './modules/tenants/tenant-directory.ts';

const HOUR_MS = 60 * 60_000;

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/**
 * What runs beside the requests: session purge and search maintenance (hourly), scheduled
 * publishing, cross-node cache invalidation.
 */
export async function startBackgroundJobs(deps: {
  app: FastifyInstance;
  database: Database;
  config: Config;
  tenants: TenantDirectory;
}): Promise<BackgroundJobs> {
  const { app, database, config, tenants } = deps;
  const policy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
  // Expired sessions are only refused on read; this keeps the table from growing forever.
  const purgeSessions = () =>
    purgeExpiredSessions(database.db, new Date(), policy).catch((err) =>
      app.log.warn({ err }, 'session purge failed'),
    );
  // PGlite never autovacuums or analyzes: without it searches slow down several times as content
  // changes, and page queries plan without statistics. Also at start, for data written before.
  const maintainSearch = () =>
    maintainSearchIndex(database.db).catch((err) => app.log.warn({ err }, 'search maintenance failed'));
  const hourly = () => {
    purgeSessions();
    maintainSearch();
  };
  hourly();
  const hourlyTimer = setInterval(hourly, HOUR_MS).unref();
  const scheduled = startScheduledPublishing({
    db: database.db,
    log: app.log,
    clock: () => new Date(),
    tenants,
  });
  const notify = await startCacheNotify(
    { config, database },
    {
      log: app.log,
      onGap: () => {
        app.pageCache.clear();
        clearContentMemos();
      },
    },
  ).catch((err) => {
    // Without it other nodes keep stale pages until their max age; this node still works.
    app.log.error({ err }, 'cache invalidation relay unavailable');
    return null;
  });
  return {
    stop: async () => {
      clearInterval(hourlyTimer);
      scheduled.stop();
      await notify?.stop();
    },
  };
}

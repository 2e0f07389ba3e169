import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { z } from 'zod';
import { type ContentChange, contentEvents } from '../content-events.ts';
import type { AppDeps } from '../http/deps.ts';
import { silentLog } from '../silent-log.ts';
import { ALL_PAGES_TAG } from './page-cache.ts';

/** The PostgreSQL channel every node listens on. */
export const CONTENT_CHANNEL = 'hoptac_content';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; leave room for the envelope.
const MAX_PAYLOAD_BYTES = 7900;
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

const Envelope = z.object({
  o: z.string().min(1).max(100),
  t: z.uuid(),
  g: z.array(z.string().max(300)).max(1000),
});

/** JSON {o: origin node, t: tenant, g: tags}; too many tags become "the whole tenant". */
export function encodeChange(origin: string, change: ContentChange): string {
  const payload = JSON.stringify({ o: origin, t: change.tenantId, g: change.tags });
  if (Buffer.byteLength(payload, 'utf8') < MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ o: origin, t: change.tenantId, g: [ALL_PAGES_TAG] });
}

/** The change a notification carries, or null for anything malformed (never throws). */
export function decodeChange(payload: string | undefined): { origin: string; change: ContentChange } | null {
  if (!payload) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) return null;
  return { origin: parsed.data.o, change: { tenantId: parsed.data.t, tags: parsed.data.g } };
}

type ContentBus = EventEmitter<{ changed: [ContentChange] }>;

export interface CacheNotifyOptions {
  log?: FastifyBaseLogger;
  /**
   * Called after a reconnection: notifications sent while the connection was down are lost, so
   * the caller should drop what it caches (e.g. `() => app.pageCache.clear()`).
   */
  onGap?: () => void;
  /** The bus to relay; tests pass their own to play two nodes in one process. */
  bus?: ContentBus;
}

export interface CacheNotify {
  /** True when changes travel through PostgreSQL (false on PGlite: one process, the bus suffices). */
  readonly active: boolean;
  stop(): Promise<void>;
}

/**
 * Relays content changes between nodes through PostgreSQL LISTEN/NOTIFY: a change announced on
 * this node's bus is published on the channel, and one published by another node is announced on
 * this node's bus (so its page cache drops the same pages). One dedicated connection per node.
 */
export async function startCacheNotify(
  deps: Pick<AppDeps, 'config' | 'database'>,
  opts: CacheNotifyOptions = {},
): Promise<CacheNotify> {
  if (deps.database.kind !== 'postgres' || !deps.config.DATABASE_URL) {
    return { active: false, stop: async () => {} };
  }
  const log = opts.log ?? silentLog;
  const bus = opts.bus ?? contentEvents;
  const origin = randomUUID();
  // Changes that arrived from another node: announced here, never sent back out.
  const fromPeers = new WeakSet<ContentChange>();
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = RETRY_MIN_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  const onNotification = (msg: pg.Notification) => {
    if (msg.channel !== CONTENT_CHANNEL) return;
    const decoded = decodeChange(msg.payload);
    if (!decoded) {
      log.warn({ channel: msg.channel }, 'malformed content notification ignored');
      return;
    }
    if (decoded.origin === origin) return;
    fromPeers.add(decoded.change);
    bus.emit('changed', decoded.change);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: deps.config.DATABASE_URL });
    c.on('notification', onNotification);
    c.on('error', (err) => {
      log.warn({ err }, 'content notification connection lost');
      c.removeAllListeners('notification');
      if (client === c) client = null;
      c.end().catch(() => {});
      scheduleReconnect();
    });
    await c.connect();
    await c.query(`LISTEN ${CONTENT_CHANNEL}`);
    client = c;
  };

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(async () => {
      retryTimer = undefined;
      try {
        await connect();
        retryMs = RETRY_MIN_MS;
        log.info('content notification connection restored');
        opts.onGap?.();
      } catch (err) {
        log.warn({ err, retryMs }, 'content notification reconnect failed');
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
        scheduleReconnect();
      }
    }, retryMs);
    retryTimer.unref();
  };

  const onLocalChange = (change: ContentChange) => {
    if (fromPeers.has(change)) return;
    const c = client;
    if (!c) return; // down: peers catch up through onGap and the cache's max age
    c.query('select pg_notify($1, $2)', [CONTENT_CHANNEL, encodeChange(origin, change)]).catch((err) =>
      log.warn({ err }, 'content notification not sent'),
    );
  };

  await connect();
  bus.on('changed', onLocalChange);
  return {
    active: true,
    stop: async () => {
      stopped = true;
      clearTimeout(retryTimer);
      bus.off('changed', onLocalChange);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('notification');
        await c.end().catch(() => {});
      }
    },
  };
}

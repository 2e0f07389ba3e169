import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import '../../core/cache/page-facts.ts';
import { botMatcher } from './bot-filter.ts';
import { VisitStats } from './visit-stats.ts';

declare module 'fastify' {
  interface FastifyInstance {
    visitStats: VisitStats;
  }
}

export interface VisitTrackerPluginOptions {
  /** Default 5 s; 0 disables the timer (flush by hand). */
  flushEveryMs?: number;
  botFragments?: readonly string[];
}

// JSON, the staff console, files and feeds are not page views.
const NOT_PAGES = /^\/(?:api|quan-tri|assets|media)(?:[/?]|$)|\.(?:xml|txt|json)(?:\?|$)/;

/** A public HTML page a reader received: 200, or 304 when the browser revalidated its copy. */
function isPageView(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.method !== 'GET' || !req.tenant) return false;
  const status = reply.statusCode;
  if (status !== 200 && status !== 304) return false;
  const type = reply.getHeader('content-type');
  if (typeof type !== 'string' || !type.startsWith('text/html')) return false;
  return !NOT_PAGES.test(req.url);
}

/**
 * Counts page views, daily visitors and article views of public pages after each response (the
 * reader never waits for it), and flushes the counts every few seconds and at shutdown: a write
 * per page view would serialize PGlite.
 */
async function visitTrackerPlugin(app: FastifyInstance, opts: VisitTrackerPluginOptions): Promise<void> {
  const { clock, database } = app.deps;
  const stats = new VisitStats({
    db: () => database.db,
    now: () => clock().getTime(),
    log: app.log,
    ...(opts.botFragments ? { isBot: botMatcher(opts.botFragments) } : {}),
  });
  app.decorate('visitStats', stats);
  if (!app.hasRequestDecorator('viewedArticleId')) app.decorateRequest('viewedArticleId', null);

  app.addHook('onResponse', async (req, reply) => {
    if (!isPageView(req, reply) || !req.tenant) return;
    stats.tracker.record(req.tenant.id, req.ip, req.headers['user-agent'] ?? '', req.viewedArticleId);
  });

  const every = opts.flushEveryMs ?? 5_000;
  const timer = every > 0 ? setInterval(() => void stats.flush(), every).unref() : undefined;
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await stats.flush();
  });
}

export default fp(visitTrackerPlugin, { name: 'visit-tracker', fastify: '5.x' });

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicCtx } from '../../core/http/request-context.ts';
import { formatNumber } from '../../lib/vi/index.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { PublicCounter } from './stats.dto.ts';
import { getVisitorCounter } from './stats.service.ts';
import visitTrackerPlugin from './visit-tracker.plugin.ts';

export const COUNTER_PATH = '/thong-ke/bo-dem';

const counterRoute: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requirePublicTenant);
  // Fetched by counter.js on pages showing the counter: the cached HTML carries the figures of
  // its render, this gives the live ones.
  app.get(COUNTER_PATH, { schema: { hide: true, response: { 200: PublicCounter } } }, async (req, reply) => {
    const counter = await getVisitorCounter(publicCtx(req), req.server.visitStats);
    reply.header('cache-control', 'no-store');
    return {
      ...counter,
      totalText: formatNumber(counter.totalVisits),
      onlineText: formatNumber(counter.onlineNow),
    };
  });
};

/**
 * Visitor statistics on the public side: the page-view hook (root level, so it sees every
 * public page) and the live counter. Until app.ts registers the tracker itself, this plugin does.
 */
async function statsSite(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('visitStats')) await app.register(visitTrackerPlugin);
  await app.register(counterRoute);
}

export default fp(statsSite, { name: 'stats-site', fastify: '5.x' });

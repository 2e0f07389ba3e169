import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pageCachePlugin, { cachedPage } from '../core/cache/page-cache.plugin.ts';
import { publicCtx } from '../core/http/request-context.ts';
import { assetRoutes } from './assets.ts';
import { toHtml } from './page-response.ts';
import { robotsTxt } from './robots-txt.ts';
import { siteContext } from './site-context.ts';
import { requirePublicTenant } from './tenant-guard.ts';
import { sendText } from './text-response.ts';
import { HomeView } from './views/home.view.tsx';
import { HOME_TAGS, loadHomeData } from './views/home-data.ts';

/**
 * The public website: static assets (any host), the page cache, the home page and robots.txt
 * (hosts that belong to an alliance). Wrapped with fastify-plugin so app.pageCache is decorated on the root
 * and every module's site routes share it; until app.ts registers the cache itself, this does.
 */
async function sitePlugin(app: FastifyInstance): Promise<void> {
  if (!app.hasDecorator('pageCache')) await app.register(pageCachePlugin);
  await app.register(assetRoutes);
  await app.register(async (pages) => {
    pages.addHook('onRequest', requirePublicTenant);

    pages.get('/', { schema: { hide: true } }, async (req, reply) =>
      cachedPage(req, reply, HOME_TAGS, async () => {
        const stats = req.server.hasDecorator('visitStats') ? req.server.visitStats : null;
        const data = await loadHomeData(publicCtx(req), { now: req.server.deps.clock(), stats });
        return toHtml(<HomeView site={siteContext(req)} data={data} />);
      }),
    );

    pages.get('/robots.txt', { schema: { hide: true } }, async (req, reply) =>
      sendText(req, reply, 'text/plain; charset=utf-8', robotsTxt(siteContext(req).origin)),
    );
  });
}

export default fp(sitePlugin, { name: 'site', fastify: '5.x' });

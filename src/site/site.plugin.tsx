import type { FastifyInstance } from 'fastify';
import { assetRoutes } from './assets.ts';
import { sendPage, toHtml } from './page-response.ts';
import { siteContext } from './site-context.ts';
import { requirePublicTenant } from './tenant-guard.ts';
import { HomeView } from './views/home.view.tsx';

/** The public website: static assets (any host) and pages (hosts that belong to an alliance). */
export default async function sitePlugin(app: FastifyInstance): Promise<void> {
  await app.register(assetRoutes);
  await app.register(async (pages) => {
    pages.addHook('onRequest', requirePublicTenant);

    pages.get('/', { schema: { hide: true } }, async (req, reply) =>
      sendPage(req, reply, toHtml(<HomeView site={siteContext(req)} />)),
    );
  });
}

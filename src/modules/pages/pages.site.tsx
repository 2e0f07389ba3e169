import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { renderErrorHtml } from '../../site/error-pages.tsx';
import { toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { getPublishedPage, listPublishedPages } from './pages.service.ts';
import { ContactView } from './views/contact.view.tsx';
import { PageIndexView } from './views/page-index.view.tsx';
import { StaticPageView } from './views/static-page.view.tsx';

/** Inside a cached render: a 404 page with its status, which the page cache serves but never keeps. */
function notFoundPage(req: FastifyRequest, reply: FastifyReply): string {
  reply.status(404);
  return renderErrorHtml(req, 404);
}

/** Public pages: /gioi-thieu (index), /gioi-thieu/:slug, /lien-he. */
export default async function pagesSite(app: FastifyInstance): Promise<void> {
  await app.register(async (site) => {
    site.addHook('onRequest', requirePublicTenant);

    site.get('/gioi-thieu', { schema: { hide: true } }, async (req, reply) =>
      cachedPage(req, reply, ['pages'], async () => {
        const pages = await listPublishedPages(publicCtx(req));
        return toHtml(<PageIndexView site={siteContext(req)} pages={pages} />);
      }),
    );

    // Tagged 'pages', not only 'page:<id>': the side navigation lists every published page.
    site.get<{ Params: { slug: string } }>(
      '/gioi-thieu/:slug',
      { schema: { hide: true } },
      async (req, reply) =>
        cachedPage(req, reply, ['pages'], async () => {
          const ctx = publicCtx(req);
          const page = await getPublishedPage(ctx, req.params.slug);
          if (!page) return notFoundPage(req, reply);
          const siblings = await listPublishedPages(ctx);
          const description = htmlToText(page.bodyHtml).slice(0, 200);
          return toHtml(
            <StaticPageView
              site={siteContext(req)}
              page={page}
              siblings={siblings}
              description={description}
            />,
          );
        }),
    );

    // Contacts come from the tenant's settings: the cache key already changes when they are saved.
    site.get('/lien-he', { schema: { hide: true } }, async (req, reply) =>
      cachedPage(req, reply, ['settings'], () => toHtml(<ContactView site={siteContext(req)} />)),
    );
  });
}

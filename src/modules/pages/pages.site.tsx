import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { renderErrorHtml } from '../../site/error-pages.tsx';
import { toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { sendText } from '../../site/text-response.ts';
import { SITEMAP_CHILDREN } from '../news/sitemap-index.ts';
import { renderUrlset, XML_TYPE } from '../news/sitemap-xml.ts';
import { pageSitemapEntries } from './page-sitemap.service.ts';
import { getPublishedPage, listPublishedPages } from './pages.service.ts';
import { ContactView } from './views/contact.view.tsx';
import { PageIndexView } from './views/page-index.view.tsx';
import { StaticPageView } from './views/static-page.view.tsx';

/** Inside a cached render: a 404 page with its status, which the page cache serves but never keeps. */
function notFoundPage(req: FastifyRequest, reply: FastifyReply): string {
  reply.status(404);
  return renderErrorHtml(req, 404);
}

/** The sitemap child of the site's fixed pages: home, contact, the about pages. */
export const PAGES_SITEMAP_PATH = '/sitemap-trang.xml';

/** Public pages: /gioi-thieu (index), /gioi-thieu/:slug, /lien-he, and their sitemap file. */
export default async function pagesSite(app: FastifyInstance): Promise<void> {
  if (!SITEMAP_CHILDREN.includes(PAGES_SITEMAP_PATH)) SITEMAP_CHILDREN.push(PAGES_SITEMAP_PATH);

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

    site.get(PAGES_SITEMAP_PATH, { schema: { hide: true } }, async (req, reply) => {
      const { origin } = siteContext(req);
      const entries = await pageSitemapEntries(publicCtx(req));
      const urls = [
        { loc: new URL('/', origin).href },
        { loc: new URL('/lien-he', origin).href },
        ...entries.map((e) => ({ loc: new URL(e.path, origin).href, lastmod: new Date(e.lastmod) })),
      ];
      return sendText(req, reply, XML_TYPE, renderUrlset(urls));
    });
  });
}

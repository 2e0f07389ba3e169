import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { renderErrorHtml } from '../../site/error-pages.tsx';
import { toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { sendText } from '../../site/text-response.ts';
import { SITEMAP_CHILDREN } from '../news/sitemap-index.ts';
import { renderUrlset, XML_TYPE } from '../news/sitemap-xml.ts';
import { parseDocumentListQuery } from './document-list-query.ts';
import {
  getPublishedDocument,
  listPublishedDocuments,
  PUBLIC_PAGE_SIZE,
  publicDocumentFacets,
} from './document-public.service.ts';
import { documentSitemapEntries } from './document-sitemap.service.ts';
import { DocumentDetailView } from './views/document-detail.view.tsx';
import { DocumentListView } from './views/document-list.view.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Inside a cached render: a 404 page with its status, which the page cache serves but never keeps. */
function notFoundPage(req: FastifyRequest, reply: FastifyReply): string {
  reply.status(404);
  return renderErrorHtml(req, 404);
}

/** The sitemap child of the documents library. */
export const DOCUMENTS_SITEMAP_PATH = '/sitemap-van-ban.xml';

/** Public pages of the legal documents library: /van-ban, /van-ban/:id and their sitemap file. */
export default async function documentsSite(app: FastifyInstance): Promise<void> {
  if (!SITEMAP_CHILDREN.includes(DOCUMENTS_SITEMAP_PATH)) SITEMAP_CHILDREN.push(DOCUMENTS_SITEMAP_PATH);

  await app.register(async (site) => {
    site.addHook('onRequest', requirePublicTenant);

    site.get('/van-ban', { schema: { hide: true } }, async (req, reply) =>
      cachedPage(req, reply, ['documents'], async () => {
        const ctx = publicCtx(req);
        const filter = parseDocumentListQuery(req.query);
        const [{ items, total }, facets] = await Promise.all([
          listPublishedDocuments(ctx, filter),
          publicDocumentFacets(ctx),
        ]);
        const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
        // A page past the end is not a page of the list.
        if (filter.page > pageCount) return notFoundPage(req, reply);
        return toHtml(
          <DocumentListView
            site={siteContext(req)}
            filter={filter}
            facets={facets}
            items={items}
            total={total}
            pageCount={pageCount}
          />,
        );
      }),
    );

    site.get<{ Params: { id: string } }>('/van-ban/:id', { schema: { hide: true } }, async (req, reply) => {
      // A malformed id is an unknown page, not a server error.
      if (!UUID.test(req.params.id)) return reply.callNotFound();
      const id = req.params.id.toLowerCase();
      // 'documents': the page also shows the replacing and replaced documents.
      return cachedPage(req, reply, ['documents', `document:${id}`], async () => {
        const found = await getPublishedDocument(publicCtx(req), id);
        if (!found) return notFoundPage(req, reply);
        return toHtml(
          <DocumentDetailView site={siteContext(req)} doc={found.doc} replaces={found.replaces} />,
        );
      });
    });

    site.get(DOCUMENTS_SITEMAP_PATH, { schema: { hide: true } }, async (req, reply) => {
      const { origin } = siteContext(req);
      const entries = await documentSitemapEntries(publicCtx(req));
      const urls = entries.map((e) => ({ loc: new URL(e.path, origin).href, lastmod: new Date(e.lastmod) }));
      return sendText(req, reply, XML_TYPE, renderUrlset(urls));
    });
  });
}

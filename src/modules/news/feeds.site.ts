import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicCtx } from '../../core/http/request-context.ts';
import { siteContext } from '../../site/site-context.ts';
import { sendText } from '../../site/text-response.ts';
import { articleSitemapUrls, categorySitemapUrls, loadFeed } from './feeds.service.ts';
import { RSS_TYPE, renderRss } from './rss-feed.ts';
import { sitemapChildPaths } from './sitemap-index.ts';
import { renderSitemapIndex, renderUrlset, XML_TYPE } from './sitemap-xml.ts';

async function feed(req: FastifyRequest, reply: FastifyReply, categorySlug?: string) {
  const now = req.server.deps.clock();
  const data = await loadFeed(publicCtx(req), now, categorySlug);
  if (!data) return reply.callNotFound();
  const site = siteContext(req);
  const abs = (path: string) => new URL(path, site.origin).href;
  const page = data.category ? `/chuyen-muc/${data.category.slug}` : '/tin-tuc';
  const title = data.category
    ? `${data.category.name} — ${site.tenant.settings.siteTitle}`
    : site.tenant.settings.siteTitle;
  const body = renderRss({
    title,
    link: abs(page),
    self: abs(data.category ? `${page}/rss.xml` : '/rss.xml'),
    description: data.category?.description || `Tin tức mới nhất của ${site.tenant.name}.`,
    now,
    items: data.cards.map((c) => ({
      title: c.title,
      url: abs(c.url),
      summary: c.summary,
      publishedAt: c.publishedAt,
      category: c.categoryName,
    })),
  });
  return sendText(req, reply, RSS_TYPE, body);
}

/** RSS 2.0 feeds and the sitemap index with its news children. */
export default async function feedsSite(app: FastifyInstance): Promise<void> {
  app.get('/rss.xml', { schema: { hide: true } }, (req, reply) => feed(req, reply));

  app.get<{ Params: { slug: string } }>(
    '/chuyen-muc/:slug/rss.xml',
    { schema: { hide: true } },
    (req, reply) => feed(req, reply, req.params.slug),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, async (req, reply) => {
    const { origin } = siteContext(req);
    const paths = await sitemapChildPaths(publicCtx(req), req.server.deps.clock());
    return sendText(
      req,
      reply,
      XML_TYPE,
      renderSitemapIndex(paths.map((p) => ({ loc: new URL(p, origin).href }))),
    );
  });

  app.get('/sitemap-chuyen-muc.xml', { schema: { hide: true } }, async (req, reply) => {
    const urls = await categorySitemapUrls(publicCtx(req), siteContext(req).origin);
    return sendText(req, reply, XML_TYPE, renderUrlset(urls));
  });

  const articleFile = async (req: FastifyRequest, reply: FastifyReply, file: number) => {
    const urls = await articleSitemapUrls(
      publicCtx(req),
      req.server.deps.clock(),
      siteContext(req).origin,
      file,
    );
    // The first file always exists (maybe empty); a later one only while it has articles.
    if (file > 1 && urls.length === 0) return reply.callNotFound();
    return sendText(req, reply, XML_TYPE, renderUrlset(urls));
  };

  app.get('/sitemap-tin-tuc.xml', { schema: { hide: true } }, (req, reply) => articleFile(req, reply, 1));

  app.get<{ Params: { n: string } }>('/sitemap-tin-tuc-:n.xml', { schema: { hide: true } }, (req, reply) => {
    const n = /^[2-9]$|^[1-9]\d{1,4}$/.test(req.params.n) ? Number(req.params.n) : 0;
    return n >= 2 ? articleFile(req, reply, n) : reply.callNotFound();
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { AppError } from '../../core/errors.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { countArticleView } from '../stats/view-counter.ts';
import type { NewsSiteOptions } from './article-extras.ts';
import { loadArticlePage } from './article-page.service.ts';
import feedsSite from './feeds.site.ts';
import { loadNewsList } from './news-list.service.ts';
import { parsePageParam } from './page-number.ts';
import { ArticleView } from './views/article.view.tsx';
import { ArticlePrintView } from './views/article-print.view.tsx';
import { NewsListView } from './views/news-list.view.tsx';

type Query = Record<string, unknown>;
type SlugParams = { slug: string };

async function newsList(req: FastifyRequest, reply: FastifyReply, categorySlug?: string) {
  const asked = parsePageParam((req.query as Query).trang);
  if (asked.kind === 'out-of-range') return reply.callNotFound();
  // A malformed page number shows the first page (its canonical URL says which page it is).
  const page = asked.kind === 'page' ? asked.page : 1;
  return cachedPage(req, reply, ['articles', 'categories'], async () => {
    const list = await loadNewsList(publicCtx(req), req.server.deps.clock(), page, categorySlug);
    if (!list || page > list.pageCount) throw new AppError('NOT_FOUND');
    return toHtml(<NewsListView site={siteContext(req)} list={list} />);
  });
}

/** Thrown inside a render to answer 301 instead (an article reached by a slug it had before). */
class MovedPermanently {
  constructor(readonly url: string) {}
}

/** Public pages of the news module: /tin-tuc, /chuyen-muc/:slug, /tin-tuc/:slug, feeds and sitemaps. */
export default async function newsSite(app: FastifyInstance, opts: NewsSiteOptions = {}): Promise<void> {
  await app.register(async (pages) => {
    pages.addHook('onRequest', requirePublicTenant);

    pages.get('/tin-tuc', { schema: { hide: true } }, (req, reply) => newsList(req, reply));

    pages.get<{ Params: SlugParams }>('/chuyen-muc/:slug', { schema: { hide: true } }, (req, reply) =>
      newsList(req, reply, req.params.slug),
    );

    pages.get<{ Params: SlugParams }>('/tin-tuc/:slug', { schema: { hide: true } }, async (req, reply) => {
      const print = (req.query as Query).in === '1';
      // The article's own tags are known only once it is loaded; cachedPage reads them after render.
      const tags = ['articles', 'categories'];
      try {
        return await cachedPage(req, reply, tags, async () => {
          const found = await loadArticlePage(publicCtx(req), req.params.slug, req.server.deps.clock());
          if (found.kind === 'missing') throw new AppError('NOT_FOUND');
          if (found.kind === 'moved') throw new MovedPermanently(print ? `${found.url}?in=1` : found.url);
          const a = found.data.article;
          tags.push(`article:${a.id}`, `feedback:${a.id}`);
          const site = siteContext(req);
          if (print) return toHtml(<ArticlePrintView site={site} a={a} />);
          countArticleView(req, a.id);
          const extras = opts.articleExtras
            ? await opts.articleExtras(req, { id: a.id, url: a.url, title: a.title })
            : undefined;
          return toHtml(<ArticleView site={site} data={found.data} extras={extras} />);
        });
      } catch (err) {
        if (err instanceof MovedPermanently) return reply.redirect(err.url, 301);
        throw err;
      }
    });

    await pages.register(feedsSite);
  });
}

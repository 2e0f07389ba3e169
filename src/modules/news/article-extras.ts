import type { FastifyRequest } from 'fastify';

/** What another module may add under an article (e.g. reader feedback), as already-rendered, escaped HTML. */
export type ArticleExtras = (
  req: FastifyRequest,
  article: { id: string; url: string; title: string },
) => string | Promise<string>;

export interface NewsSiteOptions {
  /** Rendered after the article body on /tin-tuc/:slug (not on the print view). */
  articleExtras?: ArticleExtras;
}

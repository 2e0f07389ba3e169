import type { FastifyRequest } from 'fastify';
import '../../core/cache/page-facts.ts';

/**
 * Marks the request as a view of an article; the visit hook counts it once the page was served
 * (status 200/304, not a bot). Call it while rendering the article page: the page cache keeps the
 * mark with the page, so cache hits count too.
 */
export function countArticleView(req: FastifyRequest, articleId: string): void {
  req.viewedArticleId = articleId;
}

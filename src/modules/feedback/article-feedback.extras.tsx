import type { FastifyRequest } from 'fastify';
import { publicCtx } from '../../core/http/request-context.ts';
import { listApprovedFeedback } from './feedback.service.ts';
import { ArticleFeedback } from './views/article-feedback.view.tsx';

/** What the article page shows under the body: approved feedback with replies, and the form. */
export async function renderArticleFeedback(
  req: FastifyRequest,
  article: { id: string; url: string },
): Promise<string> {
  const items = await listApprovedFeedback(publicCtx(req), article.id);
  return (<ArticleFeedback articleId={article.id} items={items} returnTo={article.url} />) as string;
}

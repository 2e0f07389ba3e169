import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientHasCurrent, weakEtag } from './http-cache.ts';
import { PAGE_CACHE } from './page-response.ts';

/** Feeds, sitemaps and robots.txt get the same revalidation and ETag as pages. */
export function sendText(req: FastifyRequest, reply: FastifyReply, type: string, body: string): FastifyReply {
  const etag = weakEtag(body);
  reply.type(type).header('cache-control', PAGE_CACHE).header('etag', etag);
  if (clientHasCurrent(req, etag)) return reply.status(304).send();
  return reply.send(body);
}

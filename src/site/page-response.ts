import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientHasCurrent, weakEtag } from './http-cache.ts';

/** Anonymous pages may be stored by proxies but must be revalidated (cheap: ETag → 304). */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';
export const HTML_TYPE = 'text/html; charset=utf-8';

/** A rendered JSX tree as a string; the public layout has no async components. */
export function toHtml(element: JSX.Element): string {
  if (typeof element !== 'string') throw new Error('public pages render synchronously');
  return `<!doctype html>${element}`;
}

/** Sends a public HTML page with ETag and revalidation headers; 304 when the client copy is current. */
export function sendPage(req: FastifyRequest, reply: FastifyReply, html: string, status = 200): FastifyReply {
  reply.type(HTML_TYPE).header('cache-control', PAGE_CACHE);
  if (status !== 200) return reply.status(status).send(html);
  const etag = weakEtag(html);
  reply.header('etag', etag);
  if (clientHasCurrent(req, etag)) return reply.status(304).send();
  return reply.send(html);
}

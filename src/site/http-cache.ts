import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Fingerprint of a response body; hex so it can also go into file names. */
export function contentHash(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Weak validator: @fastify/compress re-encodes bodies (br, gzip) after the ETag is set, and a
 * strong ETag would then wrongly claim byte equality across encodings.
 */
export function weakEtag(body: string | Buffer): string {
  return `W/"${contentHash(body).slice(0, 32)}"`;
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): true when the client copy is current. */
export function clientHasCurrent(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}

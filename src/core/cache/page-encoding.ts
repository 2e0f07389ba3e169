import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The encodings a cached page keeps beside its body: what browsers ask for. */
export type PageCoding = 'br' | 'gzip';

/** Bodies below this go uncompressed, as @fastify/compress's threshold (src/core/http/security.ts). */
export const COMPRESS_THRESHOLD = 1024;

/** What @fastify/compress would choose, in its order of preference on equal quality. */
const SERVER_ORDER = ['br', 'gzip', 'deflate'] as const;
type Negotiated = (typeof SERVER_ORDER)[number] | 'identity';

/**
 * The encoding to send for an Accept-Encoding header, chosen as @fastify/compress chooses: the
 * highest q wins, ties go to br, then gzip, then deflate; "*" and "x-gzip" stand for gzip.
 */
export function negotiateCoding(header: string | undefined): Negotiated {
  if (!header) return 'identity';
  const quality = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [rawName = '', ...params] = part.split(';');
    let name = rawName.trim();
    if (name === '*' || name === 'x-gzip') name = 'gzip';
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key === 'q') q = Number.parseFloat(value ?? '') || 0;
    }
    quality.set(name, Math.max(quality.get(name) ?? 0, q));
  }
  let best: Negotiated = 'identity';
  let bestQ = 0;
  for (const coding of SERVER_ORDER) {
    const q = quality.get(coding) ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Brotli at quality 4, as @fastify/compress: a page is compressed once per entry, on the request that first asks. */
export function encodeBody(body: Buffer, coding: PageCoding): Buffer {
  if (coding === 'br')
    return brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  return gzipSync(body);
}

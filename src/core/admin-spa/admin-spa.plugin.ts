import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const ADMIN_DIST = new URL('../../../dist/admin/', import.meta.url);

// antd renders its styles at run time (CSS-in-JS), so the console allows inline styles; scripts stay strict.
const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

/** Serves the built staff console at /quan-tri; any deep link gets index.html (client-side routes). */
export async function adminSpaPlugin(app: FastifyInstance): Promise<void> {
  const root = ADMIN_DIST.pathname;
  const indexPath = join(root, 'index.html');
  const built = existsSync(indexPath);
  const indexHtml = built ? readFileSync(indexPath) : null;

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/quan-tri')) reply.header('content-security-policy', ADMIN_CSP);
  });

  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/quan-tri/',
      index: false,
      wildcard: false,
      // Vite puts a content hash in every asset name: cache them for a year.
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }

  const sendIndex = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    if (!indexHtml) {
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Quản trị</title><p>Giao diện quản trị chưa được build. Chạy <code>npm run build:admin</code>.</p></html>');
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  };
  app.get('/quan-tri', { schema: { hide: true } }, (_req, reply) => reply.redirect('/quan-tri/'));
  app.get('/quan-tri/', { schema: { hide: true } }, sendIndex);
  app.get('/quan-tri/*', { schema: { hide: true } }, sendIndex);
}

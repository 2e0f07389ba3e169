import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const DEFAULT_ROOT = new URL('../../../dist/admin/', import.meta.url).pathname;

// antd renders its styles at run time (CSS-in-JS), so the console allows inline styles; scripts stay strict.
const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

const PREPARING_PAGE =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">' +
  '<title>Quản trị — Hợp Tác</title></head><body><main><h1>Giao diện quản trị đang được chuẩn bị</h1>' +
  '<p>Lần khởi động đầu tiên cần khoảng một phút để dựng giao diện. Trang sẽ tự tải lại.</p></main></body></html>';

/** Serves the built staff console at /quan-tri; deep links get index.html (client-side routes). */
export async function adminSpaPlugin(app: FastifyInstance, opts: { root?: string } = {}): Promise<void> {
  const ADMIN_ROOT = opts.root ?? DEFAULT_ROOT;
  // Read lazily: on a first start the build lands while the server already runs.
  let indexHtml: Buffer | null = null;
  const loadIndex = () => {
    const path = join(ADMIN_ROOT, 'index.html');
    if (!indexHtml && existsSync(path)) indexHtml = readFileSync(path);
    return indexHtml;
  };

  await app.register(fastifyStatic, { root: ADMIN_ROOT, serve: false });

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/quan-tri')) reply.header('content-security-policy', ADMIN_CSP);
  });

  const sendIndex = (reply: FastifyReply) => {
    const html = loadIndex();
    if (!html)
      return reply
        .status(503)
        .header('retry-after', '5')
        .type('text/html; charset=utf-8')
        .send(PREPARING_PAGE);
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };

  app.get('/quan-tri', { schema: { hide: true } }, (_req, reply) => reply.redirect('/quan-tri/'));
  app.get(
    '/quan-tri/*',
    { schema: { hide: true } },
    (req: FastifyRequest<{ Params: { '*': string } }>, reply) => {
      const rel = normalize(req.params['*']);
      const file = join(ADMIN_ROOT, rel);
      if (
        rel &&
        !rel.startsWith('..') &&
        existsSync(file) &&
        statSync(file).isFile() &&
        !rel.startsWith('.')
      ) {
        // Vite puts a content hash in every asset name: cache them for a year.
        const immutable = rel.startsWith('assets/');
        return reply.sendFile(rel, ADMIN_ROOT, {
          maxAge: immutable ? 31_536_000_000 : 0,
          immutable,
        });
      }
      // A missing asset is a 404, not the app shell (a stale tab must not parse HTML as JS).
      if (rel.startsWith('assets/')) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy tệp');
      }
      return sendIndex(reply);
    },
  );
}

import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { publicCtx } from '../../core/http/request-context.ts';
import { IMMUTABLE_CACHE } from '../../site/assets.ts';
import { clientHasCurrent } from '../../site/http-cache.ts';
import { attachmentDisposition } from './content-disposition.ts';
import { resolvePublicMedia } from './media-display.service.ts';
import { MediaStore } from './media-store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * GET /media/<tenantId>/<path>: image variants and document files. The host's alliance must own
 * the path (another alliance's files are a 404 here); names carry the content hash, so responses
 * are cached for a year.
 */
export default async function mediaSite(app: FastifyInstance): Promise<void> {
  const store = new MediaStore(app.deps.config.dataDir);

  app.get<{ Params: { tenantId: string; '*': string } }>(
    '/media/:tenantId/*',
    { schema: { hide: true } },
    async (req, reply) => {
      const { tenantId } = req.params;
      if (!req.tenant || !UUID.test(tenantId) || tenantId !== req.tenant.id) return reply.callNotFound();
      const served = await resolvePublicMedia(publicCtx(req), req.params['*']);
      if (!served) return reply.callNotFound();
      const size = await store.size(served.relPath);
      if (size === null) {
        req.log.warn({ path: served.relPath }, 'media file missing on disk');
        return reply.callNotFound();
      }
      // The hash in the name identifies the bytes; weak because compression may re-encode them.
      const etag = `W/"${served.relPath.split('/').pop()}"`;
      reply.header('cache-control', IMMUTABLE_CACHE).header('etag', etag);
      if (clientHasCurrent(req, etag)) return reply.status(304).send();
      if (served.downloadName)
        reply.header('content-disposition', attachmentDisposition(served.downloadName));
      return reply
        .type(served.mime)
        .header('content-length', size)
        .send(createReadStream(store.absolute(served.relPath)));
    },
  );
}

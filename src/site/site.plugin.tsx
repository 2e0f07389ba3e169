import type { FastifyInstance } from 'fastify';

export default async function sitePlugin(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (req, reply) => {
    const name = req.tenant?.settings.siteTitle ?? 'Hợp Tác';
    return reply.type('text/html; charset=utf-8').send(<html lang="vi"><head><meta charset="utf-8" /><title safe>{name}</title></head><body><h1 safe>{name}</h1></body></html>);
  });
}

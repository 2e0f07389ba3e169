import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the media module, mounted under /api/v1. */
const mediaApi: FastifyPluginAsyncZod = async () => {};

export default mediaApi;

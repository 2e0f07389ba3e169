import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the documents module, mounted under /api/v1. */
const documentsApi: FastifyPluginAsyncZod = async () => {};

export default documentsApi;

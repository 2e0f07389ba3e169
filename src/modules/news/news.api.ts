import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the news module, mounted under /api/v1. */
const newsApi: FastifyPluginAsyncZod = async () => {};

export default newsApi;

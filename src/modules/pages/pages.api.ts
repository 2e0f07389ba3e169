import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the pages module, mounted under /api/v1. */
const pagesApi: FastifyPluginAsyncZod = async () => {};

export default pagesApi;

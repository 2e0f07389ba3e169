import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the search module, mounted under /api/v1. */
const searchApi: FastifyPluginAsyncZod = async () => {};

export default searchApi;

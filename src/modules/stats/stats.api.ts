import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the stats module, mounted under /api/v1. */
const statsApi: FastifyPluginAsyncZod = async () => {};

export default statsApi;

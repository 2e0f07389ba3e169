import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** JSON routes of the feedback module, mounted under /api/v1. */
const feedbackApi: FastifyPluginAsyncZod = async () => {};

export default feedbackApi;

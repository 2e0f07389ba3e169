import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const placesApi: FastifyPluginAsyncZod = async () => {};

export default placesApi;

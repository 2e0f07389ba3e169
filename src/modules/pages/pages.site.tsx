import type { FastifyInstance } from 'fastify';

/** Public pages of the pages module. */
export default async function pagesSite(_app: FastifyInstance): Promise<void> {}

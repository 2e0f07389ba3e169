import type { FastifyInstance } from 'fastify';

/** Public pages of the search module. */
export default async function searchSite(_app: FastifyInstance): Promise<void> {}

import type { FastifyInstance } from 'fastify';

/** Public pages of the stats module. */
export default async function statsSite(_app: FastifyInstance): Promise<void> {}

import type { FastifyInstance } from 'fastify';

/** Public pages of the news module. */
export default async function newsSite(_app: FastifyInstance): Promise<void> {}

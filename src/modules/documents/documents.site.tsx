import type { FastifyInstance } from 'fastify';

/** Public pages of the documents module. */
export default async function documentsSite(_app: FastifyInstance): Promise<void> {}

import type { FastifyInstance } from 'fastify';

/** Public pages of the media module. */
export default async function mediaSite(_app: FastifyInstance): Promise<void> {}

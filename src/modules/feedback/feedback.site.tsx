import type { FastifyInstance } from 'fastify';

/** Public pages of the feedback module. */
export default async function feedbackSite(_app: FastifyInstance): Promise<void> {}

import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';

/** For service calls outside a request (CLI, tests) where nothing should be logged. */
export const silentLog: FastifyBaseLogger = pino({ level: 'silent' });

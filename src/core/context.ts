import type { FastifyBaseLogger } from 'fastify';
import type { Role } from './auth/roles.ts';
import type { Executor } from './db/types.ts';

export interface Actor {
  id: string;
  email: string;
  role: Role;
}

/** What every service call carries: where to read/write, for whom, on whose behalf. */
export interface Ctx {
  db: Executor;
  tenantId: string;
  actor: Actor | null;
  requestId: string | null;
  log: FastifyBaseLogger;
}

/** Runs fn in one transaction (a savepoint inside an open one): a change and its audit row commit together. */
export function inTransaction<T>(ctx: Ctx, fn: (txCtx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

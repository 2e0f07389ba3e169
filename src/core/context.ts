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
  /**
   * Inside a transaction: queues work for after the outermost commit (cache invalidation,
   * notifications), so nobody re-reads and caches the old content in between. Absent outside.
   */
  afterCommit?: (fn: () => void) => void;
}

/** Runs fn in one transaction (a savepoint inside an open one): a change and its audit row commit together. */
export async function inTransaction<T>(ctx: Ctx, fn: (txCtx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.afterCommit) return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
  const queued: (() => void)[] = [];
  const result = await ctx.db.transaction((tx) => fn({ ...ctx, db: tx, afterCommit: (f) => queued.push(f) }));
  for (const f of queued) {
    try {
      f();
    } catch (err) {
      ctx.log.error({ err }, 'after-commit hook failed');
    }
  }
  return result;
}

/** Runs fn after the commit of ctx's transaction, or now when ctx is not in one. */
export function afterCommit(ctx: Ctx, fn: () => void): void {
  if (ctx.afterCommit) ctx.afterCommit(fn);
  else fn();
}

// Statements the services really send, kept by a drizzle logger, and their plans: the service
// runs on this instance, then each statement is explained with EXPLAIN (ANALYZE, BUFFERS).
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Db } from '../../src/core/db/types.ts';
import type { ScratchDatabase } from './scratch-database.ts';

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Explainer {
  db: Db;
  log: Statement[];
  explain(s: Statement): Promise<string[]>;
  close(): Promise<void>;
}

export async function openExplainer(scratch: ScratchDatabase): Promise<Explainer> {
  const log: Statement[] = [];
  const logger = { logQuery: (q: string, params: unknown[]) => log.push({ sql: q, params }) };
  const plan = (rows: Record<string, unknown>[]) => rows.map((r) => String(Object.values(r)[0]));
  if (scratch.databaseUrl) {
    const pool = new pg.Pool({ connectionString: scratch.databaseUrl, max: 1 });
    return {
      db: drizzlePg({ client: pool, logger }) as unknown as Db,
      log,
      explain: async (s) => plan((await pool.query(`explain (analyze, buffers) ${s.sql}`, s.params)).rows),
      close: () => pool.end(),
    };
  }
  const client = await PGlite.create({
    dataDir: join(scratch.dataDir, 'pgdata'),
    extensions: { unaccent, pg_trgm },
  });
  return {
    db: drizzlePglite({ client, logger }) as unknown as Db,
    log,
    explain: async (s) =>
      plan(
        (await client.query<Record<string, unknown>>(`explain (analyze, buffers) ${s.sql}`, s.params)).rows,
      ),
    close: () => client.close(),
  };
}

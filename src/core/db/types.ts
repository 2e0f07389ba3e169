import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

// biome-ignore lint/suspicious/noExplicitAny: schema-agnostic handle; repos bring their own tables.
type AnySchema = Record<string, any>;

/** A database handle: the pool/connection or an open transaction. Repos accept either. */
export type Db = PgDatabase<PgQueryResultHKT, AnySchema>;
export type Tx = PgTransaction<PgQueryResultHKT, AnySchema, ExtractTablesWithRelations<AnySchema>>;
export type Executor = Db | Tx;

/** Rows of a raw `execute` result: both drivers (pg and PGlite) answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

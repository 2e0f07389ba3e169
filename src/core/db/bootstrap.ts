import { migrate } from './migrate.ts';
import type { Db } from './types.ts';

/** Reference data a new database needs before the first request (places of Viet Nam). */
export type ReferenceLoader = (db: Db) => Promise<void>;

/** Schema first, then reference data; both idempotent, safe on every start. */
export async function prepareDatabase(db: Db, loaders: readonly ReferenceLoader[]): Promise<string[]> {
  const applied = await migrate(db);
  for (const load of loaders) await load(db);
  return applied;
}

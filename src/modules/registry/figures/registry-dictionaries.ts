import type { Db } from '../../../core/db/types.ts';

/** Indicator dictionary, validation rules and rating bands: upserted at every start. */
export async function loadRegistryDictionaries(_db: Db): Promise<void> {}

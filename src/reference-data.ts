import type { ReferenceLoader } from './core/db/bootstrap.ts';
import { loadPlaces } from './modules/places/places.service.ts';
import { loadRegistryDictionaries } from './modules/registry/figures/registry-dictionaries.ts';

/** Reference data every database needs after migrating: places, then the register's dictionaries. */
export const REFERENCE_LOADERS: readonly ReferenceLoader[] = [loadPlaces, loadRegistryDictionaries];

import type { Db } from '../../../core/db/types.ts';
import { upsertFigureRules, upsertIndicators, upsertRatingBandSets } from './figure-dictionary.repo.ts';
import { FIGURE_RULES } from './figure-rules.data.ts';
import { INDICATORS } from './indicators.data.ts';
import { RATING_BAND_SETS } from './rating-bands.data.ts';

/**
 * Indicator dictionary, validation rules and rating bands: upserted at every start (three
 * statements), so a release that edits the data files updates the rows. Rows added by hand
 * under other codes are left alone.
 */
export async function loadRegistryDictionaries(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Rules refer to indicators: indicators first.
    await upsertIndicators(tx, [...INDICATORS]);
    await upsertFigureRules(tx, [...FIGURE_RULES]);
    await upsertRatingBandSets(tx, [...RATING_BAND_SETS]);
  });
}

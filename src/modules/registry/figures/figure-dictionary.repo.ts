import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { figureRules, indicators, ratingBandSets } from '../registry.tables.ts';

// The dictionaries are national (shared by every tenant): no tenant argument here, by design.

export type IndicatorRow = typeof indicators.$inferSelect;
export type FigureRuleRow = typeof figureRules.$inferSelect;
export type RatingBandSetRow = typeof ratingBandSets.$inferSelect;

/** Inserts the project's indicators or brings them back to what the data file says. */
export async function upsertIndicators(
  db: Executor,
  rows: (typeof indicators.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(indicators)
    .values(rows)
    .onConflictDoUpdate({
      target: indicators.code,
      set: {
        name: sql`excluded.name`,
        unit: sql`excluded.unit`,
        valueType: sql`excluded.value_type`,
        help: sql`excluded.help`,
        position: sql`excluded.position`,
        required: sql`excluded.required`,
        appliesTo: sql`excluded.applies_to`,
        active: sql`excluded.active`,
      },
    });
}

export async function upsertFigureRules(
  db: Executor,
  rows: (typeof figureRules.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(figureRules)
    .values(rows)
    .onConflictDoUpdate({
      target: figureRules.code,
      set: {
        severity: sql`excluded.severity`,
        check: sql`excluded."check"`,
        indicatorCode: sql`excluded.indicator_code`,
        otherIndicatorCode: sql`excluded.other_indicator_code`,
        threshold: sql`excluded.threshold`,
        appliesTo: sql`excluded.applies_to`,
        message: sql`excluded.message`,
        legalBasis: sql`excluded.legal_basis`,
        active: sql`excluded.active`,
      },
    });
}

export async function upsertRatingBandSets(
  db: Executor,
  rows: (typeof ratingBandSets.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(ratingBandSets)
    .values(rows)
    .onConflictDoUpdate({
      target: ratingBandSets.id,
      set: {
        fromYear: sql`excluded.from_year`,
        legalBasis: sql`excluded.legal_basis`,
        bands: sql`excluded.bands`,
        minMonthsOperating: sql`excluded.min_months_operating`,
      },
    });
}

export async function selectActiveIndicators(db: Executor): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.active, true))
    .orderBy(asc(indicators.position), asc(indicators.code));
}

export async function selectActiveFigureRules(db: Executor): Promise<FigureRuleRow[]> {
  return db.select().from(figureRules).where(eq(figureRules.active, true)).orderBy(asc(figureRules.code));
}

export async function selectRatingBandSets(db: Executor): Promise<RatingBandSetRow[]> {
  return db.select().from(ratingBandSets).orderBy(asc(ratingBandSets.fromYear));
}

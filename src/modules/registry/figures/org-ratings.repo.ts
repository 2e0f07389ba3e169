import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgRatings } from '../registry.tables.ts';

const r = orgRatings;

export type RatingRow = typeof r.$inferSelect;

export async function selectRating(
  db: Executor,
  tenantId: string,
  orgId: string,
  year: number,
): Promise<RatingRow | undefined> {
  const [row] = await db
    .select()
    .from(r)
    .where(and(eq(r.tenantId, tenantId), eq(r.orgId, orgId), eq(r.year, year)));
  return row;
}

/** Newest year first. */
export async function selectRatings(db: Executor, tenantId: string, orgId: string): Promise<RatingRow[]> {
  return db
    .select()
    .from(r)
    .where(and(eq(r.tenantId, tenantId), eq(r.orgId, orgId)))
    .orderBy(desc(r.year));
}

export async function upsertRating(
  db: Executor,
  row: Omit<typeof r.$inferInsert, 'updatedAt'>,
): Promise<RatingRow> {
  const [saved] = await db
    .insert(r)
    .values(row)
    .onConflictDoUpdate({
      target: [r.orgId, r.year],
      set: {
        grade: sql`excluded.grade`,
        score: sql`excluded.score`,
        bandSetId: sql`excluded.band_set_id`,
        note: sql`excluded.note`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`now()`,
      },
      // The primary key has no tenant: never let one tenant's upsert touch another's row.
      setWhere: eq(r.tenantId, row.tenantId),
    })
    .returning();
  if (!saved) throw new Error('rating upsert returned nothing');
  return saved;
}

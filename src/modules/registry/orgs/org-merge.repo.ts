import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import {
  orgAttachments,
  orgFigures,
  orgRatings,
  orgReports,
  orgRepresentatives,
  orgStatusHistory,
  orgUnionMembers,
} from '../registry.tables.ts';

export interface MovedCounts {
  figures: number;
  ratings: number;
  reports: number;
  statusHistory: number;
  unionMembers: number;
  unionMemberships: number;
  attachments: number;
  representatives: number;
}

/**
 * Moves what a duplicate record holds to the record kept, key by key: where the kept record
 * already has a value for the key (a figure of that year and indicator, a rating of that year…)
 * it wins and the duplicate's row stays with the duplicate, so nothing is lost.
 */
export async function moveOrgData(
  db: Executor,
  tenantId: string,
  sourceId: string,
  targetId: string,
  opts: { asUnion: boolean; asMember: boolean },
): Promise<MovedCounts> {
  const f = orgFigures;
  const figures = await db
    .update(f)
    .set({ orgId: targetId })
    .where(
      and(
        eq(f.tenantId, tenantId),
        eq(f.orgId, sourceId),
        sql`not exists (select 1 from ${f} g where g.org_id = ${targetId} and g.year = ${f.year} and g.indicator_code = ${f.indicatorCode})`,
      ),
    )
    .returning({ year: f.year });

  const r = orgRatings;
  const ratings = await db
    .update(r)
    .set({ orgId: targetId })
    .where(
      and(
        eq(r.tenantId, tenantId),
        eq(r.orgId, sourceId),
        sql`not exists (select 1 from ${r} g where g.org_id = ${targetId} and g.year = ${r.year})`,
      ),
    )
    .returning({ year: r.year });

  const p = orgReports;
  const reports = await db
    .update(p)
    .set({ orgId: targetId })
    .where(
      and(
        eq(p.tenantId, tenantId),
        eq(p.orgId, sourceId),
        sql`not exists (select 1 from ${p} g where g.org_id = ${targetId} and g.year = ${p.year})`,
      ),
    )
    .returning({ year: p.year });

  const h = orgStatusHistory;
  const statusHistory = await db
    .update(h)
    .set({ orgId: targetId })
    .where(
      and(
        eq(h.tenantId, tenantId),
        eq(h.orgId, sourceId),
        sql`not exists (select 1 from ${h} g where g.org_id = ${targetId} and g.status = ${h.status} and g.since = ${h.since})`,
      ),
    )
    .returning({ id: h.id });

  const u = orgUnionMembers;
  const unionMembers = opts.asUnion
    ? await db
        .update(u)
        .set({ unionId: targetId })
        .where(
          and(
            eq(u.tenantId, tenantId),
            eq(u.unionId, sourceId),
            ne(u.memberId, targetId),
            sql`not exists (select 1 from ${u} g where g.union_id = ${targetId} and g.member_id = ${u.memberId})`,
          ),
        )
        .returning({ id: u.memberId })
    : [];
  const unionMemberships = opts.asMember
    ? await db
        .update(u)
        .set({ memberId: targetId })
        .where(
          and(
            eq(u.tenantId, tenantId),
            eq(u.memberId, sourceId),
            ne(u.unionId, targetId),
            sql`not exists (select 1 from ${u} g where g.member_id = ${targetId} and g.union_id = ${u.unionId})`,
          ),
        )
        .returning({ id: u.unionId })
    : [];

  const a = orgAttachments;
  const attachments = await db
    .update(a)
    .set({ orgId: targetId })
    .where(
      and(
        eq(a.tenantId, tenantId),
        eq(a.orgId, sourceId),
        sql`not exists (select 1 from ${a} g where g.org_id = ${targetId} and g.media_id = ${a.mediaId})`,
      ),
    )
    .returning({ id: a.mediaId });

  // An account speaks for one organisation: all of the duplicate's accounts now speak for the kept one.
  const representatives = await db
    .update(orgRepresentatives)
    .set({ orgId: targetId })
    .where(and(eq(orgRepresentatives.tenantId, tenantId), eq(orgRepresentatives.orgId, sourceId)))
    .returning({ id: orgRepresentatives.userId });

  return {
    figures: figures.length,
    ratings: ratings.length,
    reports: reports.length,
    statusHistory: statusHistory.length,
    unionMembers: unionMembers.length,
    unionMemberships: unionMemberships.length,
    attachments: attachments.length,
    representatives: representatives.length,
  };
}

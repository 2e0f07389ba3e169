import type { Ctx } from '../../../core/context.ts';
import { communeNames } from './org-places.ts';
import { presentPublicProfile, presentPublicSummary } from './org-present.ts';
import { type PublicOrgPage, type PublicOrgProfile, PublicOrgQuery } from './org-public.dto.ts';
import { HIDDEN_FROM_DIRECTORY } from './org-search.ts';
import * as repo from './orgs.repo.ts';

/**
 * The public profile behind /hop-tac-xa/<slug>, public fields only. A merged record's slug
 * answers the record it was merged into: when `profile.slug` differs from the slug asked, the
 * page should redirect (301) to the kept record. Dissolved organisations keep their page (old
 * links and citations still work) but leave the list and site search. Null when unknown.
 */
export async function getOrgPublicProfile(ctx: Ctx, slug: string): Promise<PublicOrgProfile | null> {
  let row = await repo.findOrgBySlug(ctx.db, ctx.tenantId, slug);
  // Follow merges (a chain is possible when a kept record was itself merged later).
  for (let hops = 0; row?.mergedIntoId && hops < 5; hops++) {
    row = await repo.findOrg(ctx.db, ctx.tenantId, row.mergedIntoId);
  }
  if (!row || row.mergedIntoId) return null;
  const places = await communeNames(ctx, [row.communeCode]);
  return presentPublicProfile(row, row.communeCode ? places.get(row.communeCode) : undefined);
}

const publicFilter = (q: {
  q?: string | undefined;
  kind?: string | undefined;
  sector?: string | undefined;
  communeCode?: string | undefined;
}): repo.OrgListFilter => ({
  q: q.q,
  kind: q.kind ? [q.kind] : undefined,
  sector: q.sector,
  communeCode: q.communeCode,
  statusNot: HIDDEN_FROM_DIRECTORY,
  sort: 'name',
  direction: 'asc',
});

/** The directory list: organisations not merged and not dissolved, by name. */
export async function listPublicOrgs(ctx: Ctx, query: PublicOrgQuery): Promise<PublicOrgPage> {
  const q = PublicOrgQuery.parse(query);
  const { rows, total } = await repo.listOrgs(ctx.db, ctx.tenantId, publicFilter(q), {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const places = await communeNames(
    ctx,
    rows.map((r) => r.communeCode),
  );
  return {
    items: rows.map((r) => presentPublicSummary(r, r.communeCode ? places.get(r.communeCode) : undefined)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Profile URLs of the directory for the sitemap, with their last change. */
export async function listPublicOrgSitemap(ctx: Ctx): Promise<{ slug: string; updatedAt: Date }[]> {
  return repo.listSlugs(ctx.db, ctx.tenantId, publicFilter({}));
}

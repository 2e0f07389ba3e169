import { and, asc, count, eq, inArray, isNotNull, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations, orgUnionMembers } from '../registry.tables.ts';

// Public queries of the directory. They select the public columns by name, never `select()`:
// private contacts, notes, figures and ratings cannot reach a public page by accident.

const o = organizations;

export interface DirectoryFilter {
  /**
   * Folded search terms: each must appear (as one of its alternatives) in the name, short name,
   * code or representative.
   */
  terms?: readonly (readonly string[])[] | undefined;
  kind?: string | undefined;
  sector?: string | undefined;
  communeCode?: string | undefined;
}

/**
 * Dissolved organisations keep their profile page (old links still work) but leave the list, the
 * sitemap and site search: the same rule as the orgs folder's HIDDEN_FROM_DIRECTORY.
 */
const HIDDEN_STATUSES = ['giai_the'];

/** Listed in the directory: not merged away, not dissolved. */
function listedIn(tenantId: string): SQL[] {
  return [eq(o.tenantId, tenantId), isNull(o.mergedIntoId), notInArray(o.status, HIDDEN_STATUSES)];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function listed(tenantId: string, f: Omit<DirectoryFilter, 'kind'>): SQL[] {
  const where = listedIn(tenantId);
  if (f.sector) where.push(sql`(${o.sectorPrimary} = ${f.sector} or ${f.sector} = any(${o.sectorsOther}))`);
  if (f.communeCode) where.push(eq(o.communeCode, f.communeCode));
  for (const alternatives of f.terms ?? []) {
    // search_folded is stored lower(f_unaccent(...)); the terms arrive folded the same way.
    const likes = alternatives.map((a) => sql`${o.searchFolded} like ${`%${escapeLike(a)}%`}`);
    const any = or(...likes);
    if (any) where.push(any);
  }
  return where;
}

const summaryColumns = {
  slug: o.slug,
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  sectorPrimary: o.sectorPrimary,
  status: o.status,
  communeCode: o.communeCode,
  street: o.street,
};

/** One page of the directory in name order (accent-folded, so "Đồng" sorts with "Dong"). */
export async function selectDirectoryPage(
  db: Executor,
  tenantId: string,
  f: DirectoryFilter,
  limit: number,
  offset: number,
) {
  const where = listed(tenantId, f);
  if (f.kind) where.push(eq(o.kind, f.kind));
  return db
    .select(summaryColumns)
    .from(o)
    .where(and(...where))
    .orderBy(asc(o.nameFolded), asc(o.id))
    .limit(limit)
    .offset(offset);
}

/**
 * How many listed organisations of each kind match the other filters: the kind select shows
 * these numbers, and the total of the list is the sum (or the chosen kind's number).
 */
export async function countDirectoryByKind(
  db: Executor,
  tenantId: string,
  f: DirectoryFilter,
): Promise<{ kind: string; n: number }[]> {
  return db
    .select({ kind: o.kind, n: count() })
    .from(o)
    .where(and(...listed(tenantId, f)))
    .groupBy(o.kind);
}

/** The communes where the tenant has listed organisations, with how many: the commune select. */
export async function countDirectoryByCommune(
  db: Executor,
  tenantId: string,
): Promise<{ communeCode: string; n: number }[]> {
  const rows = await db
    .select({ communeCode: o.communeCode, n: count() })
    .from(o)
    .where(and(...listedIn(tenantId), isNotNull(o.communeCode)))
    .groupBy(o.communeCode);
  return rows.flatMap((r) => (r.communeCode ? [{ communeCode: r.communeCode, n: r.n }] : []));
}

const profileColumns = {
  ...summaryColumns,
  id: o.id,
  regCode: o.regCode,
  registeredOn: o.registeredOn,
  registrationAuthority: o.registrationAuthority,
  foundedOn: o.foundedOn,
  addressOriginal: o.addressOriginal,
  sectorsOther: o.sectorsOther,
  representativeName: o.representativeName,
  representativeTitle: o.representativeTitle,
  publicPhone: o.publicPhone,
  publicEmail: o.publicEmail,
  website: o.website,
  statusSince: o.statusSince,
  convertedToLaw2023: o.convertedToLaw2023,
  convertedOn: o.convertedOn,
  allianceMemberSince: o.allianceMemberSince,
  allianceMemberUntil: o.allianceMemberUntil,
  mergedIntoId: o.mergedIntoId,
  updatedAt: o.updatedAt,
};

/** The public columns of an organisation by its slug (merged records included: they redirect). */
export async function selectProfileBySlug(db: Executor, tenantId: string, slug: string) {
  const [row] = await db
    .select(profileColumns)
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.slug, slug)));
  return row;
}

/** Slug and merge pointer of a record: follows a merge to the record that absorbed it. */
export async function selectSlugById(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<{ slug: string; mergedIntoId: string | null } | undefined> {
  const [row] = await db
    .select({ slug: o.slug, mergedIntoId: o.mergedIntoId })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.id, id)));
  return row;
}

export interface UnionLinkRow {
  slug: string;
  name: string;
  kind: string;
}

/**
 * The other side of current union links (LHHTX → HTX): the members of a union, or the unions an
 * organisation belongs to. A link whose left_on has passed, or whose other side was merged away,
 * is not shown.
 */
export async function selectUnionLinks(
  db: Executor,
  tenantId: string,
  orgId: string,
  side: 'members' | 'unions',
  today: string,
): Promise<UnionLinkRow[]> {
  const u = orgUnionMembers;
  const [self, other] = side === 'members' ? [u.unionId, u.memberId] : [u.memberId, u.unionId];
  return db
    .select({ slug: o.slug, name: o.name, kind: o.kind })
    .from(u)
    .innerJoin(o, and(eq(o.id, other), eq(o.tenantId, tenantId)))
    .where(
      and(
        eq(u.tenantId, tenantId),
        eq(self, orgId),
        isNull(o.mergedIntoId),
        sql`(${u.leftOn} is null or ${u.leftOn} > ${today}::date)`,
      ),
    )
    .orderBy(asc(o.nameFolded));
}

/** Every listed organisation for the sitemap, newest change first. */
export async function selectSitemapRows(
  db: Executor,
  tenantId: string,
  limit: number,
  offset: number,
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: o.slug, updatedAt: o.updatedAt })
    .from(o)
    .where(and(...listedIn(tenantId)))
    .orderBy(sql`${o.updatedAt} desc`, asc(o.id))
    .limit(limit)
    .offset(offset);
}

export async function countListed(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(o)
    .where(and(...listedIn(tenantId)));
  return row?.n ?? 0;
}

import { and, asc, count, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations, orgRatings, orgReports } from '../registry.tables.ts';

export type OrgRow = typeof organizations.$inferSelect;
export type OrgInsert = typeof organizations.$inferInsert;
export type OrgChanges = Partial<
  Omit<
    OrgInsert,
    'id' | 'tenantId' | 'createdAt' | 'version' | 'nameFolded' | 'searchFolded' | 'mergedIntoId'
  >
>;

const o = organizations;
const live = (tenantId: string) => and(eq(o.tenantId, tenantId), isNull(o.mergedIntoId));

/** A live (not merged) organisation of the tenant. */
export async function findOrg(db: Executor, tenantId: string, id: string): Promise<OrgRow | undefined> {
  const [row] = await db
    .select()
    .from(o)
    .where(and(live(tenantId), eq(o.id, id)));
  return row;
}

/** Any organisation of the tenant, merged ones included (a merged slug leads to its target). */
export async function findOrgBySlug(
  db: Executor,
  tenantId: string,
  slug: string,
): Promise<OrgRow | undefined> {
  const [row] = await db
    .select()
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.slug, slug)));
  return row;
}

/** The live organisation holding a registration code, if any. */
export async function findOrgByRegCode(
  db: Executor,
  tenantId: string,
  regCode: string,
): Promise<Pick<OrgRow, 'id' | 'name'> | undefined> {
  const [row] = await db
    .select({ id: o.id, name: o.name })
    .from(o)
    .where(and(live(tenantId), eq(o.regCode, regCode)));
  return row;
}

/** Slugs of the tenant equal to `base` or "base-N" (merged records keep theirs). */
export async function slugsLike(db: Executor, tenantId: string, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: o.slug })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), sql`(${o.slug} = ${base} or ${o.slug} ~ ${`^${base}-[0-9]+$`})`));
  return rows.map((r) => r.slug);
}

export async function insertOrg(db: Executor, row: OrgInsert): Promise<OrgRow> {
  const [created] = await db.insert(o).values(row).returning();
  if (!created) throw new Error('organization insert returned nothing');
  return created;
}

/** Applies the changes only if the row is still at `version`; undefined when it is not (or gone). */
export async function updateOrgAtVersion(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: OrgChanges,
): Promise<OrgRow | undefined> {
  const [row] = await db
    .update(o)
    .set({ ...changes, version: sql`${o.version} + 1`, updatedAt: sql`now()` })
    .where(and(live(tenantId), eq(o.id, id), eq(o.version, version)))
    .returning();
  return row;
}

/** Marks `sourceId` as merged into `targetId` (it then leaves every list). */
export async function markMerged(
  db: Executor,
  tenantId: string,
  sourceId: string,
  targetId: string,
): Promise<void> {
  await db
    .update(o)
    .set({ mergedIntoId: targetId, version: sql`${o.version} + 1`, updatedAt: sql`now()` })
    .where(and(live(tenantId), eq(o.id, sourceId)));
}

/** Touches the row so caches and sitemaps see a change made in a related table. */
export async function touchOrg(db: Executor, tenantId: string, id: string): Promise<void> {
  await db
    .update(o)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(o.tenantId, tenantId), eq(o.id, id)));
}

export async function deleteOrg(db: Executor, tenantId: string, id: string): Promise<void> {
  await db.delete(o).where(and(eq(o.tenantId, tenantId), eq(o.id, id)));
}

/** Records merged into `id` (deleting `id` leaves them pointing nowhere: they are removed too). */
export async function mergedInto(db: Executor, tenantId: string, id: string): Promise<string[]> {
  const rows = await db
    .select({ id: o.id })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.mergedIntoId, id)));
  return rows.map((r) => r.id);
}

/** The most recent rating of an organisation (one index probe on the primary key). */
export async function latestRating(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<{ year: number; grade: string; score: number | null } | undefined> {
  const [row] = await db
    .select({ year: orgRatings.year, grade: orgRatings.grade, score: orgRatings.score })
    .from(orgRatings)
    .where(and(eq(orgRatings.tenantId, tenantId), eq(orgRatings.orgId, orgId)))
    .orderBy(desc(orgRatings.year))
    .limit(1);
  return row;
}

export async function findOrgRefs(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<Pick<OrgRow, 'id' | 'slug' | 'kind' | 'name' | 'regCode'>[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: o.id, slug: o.slug, kind: o.kind, name: o.name, regCode: o.regCode })
    .from(o)
    .where(and(live(tenantId), inArray(o.id, [...ids])));
}

export interface OrgListFilter {
  q?: string | undefined;
  kind?: readonly string[] | undefined;
  sector?: string | undefined;
  communeCode?: string | undefined;
  status?: readonly string[] | undefined;
  /** Statuses left out (the public directory hides dissolved organisations). */
  statusNot?: readonly string[] | undefined;
  rating?: string | undefined;
  ratingYear?: number | undefined;
  membership?: 'thanh_vien' | 'chua' | 'da_rut' | undefined;
  reportedYear?: number | undefined;
  reportStatus?: string | undefined;
  /** A thanh_vien sees only its own organisation. */
  onlyId?: string | undefined;
  sort: 'name' | 'createdAt' | 'registeredOn' | 'kind' | 'status';
  direction: 'asc' | 'desc';
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function conditions(tenantId: string, f: OrgListFilter): SQL {
  const where: (SQL | undefined)[] = [live(tenantId)];
  if (f.onlyId) where.push(eq(o.id, f.onlyId));
  if (f.kind?.length) where.push(inArray(o.kind, [...f.kind]));
  if (f.sector) where.push(sql`(${o.sectorPrimary} = ${f.sector} or ${f.sector} = any(${o.sectorsOther}))`);
  if (f.communeCode) where.push(eq(o.communeCode, f.communeCode));
  if (f.status?.length) where.push(inArray(o.status, [...f.status]));
  for (const s of f.statusNot ?? []) where.push(ne(o.status, s));
  if (f.membership === 'thanh_vien') {
    where.push(sql`${o.allianceMemberSince} is not null and ${o.allianceMemberUntil} is null`);
  } else if (f.membership === 'da_rut') {
    where.push(sql`${o.allianceMemberUntil} is not null`);
  } else if (f.membership === 'chua') {
    where.push(sql`${o.allianceMemberSince} is null and ${o.allianceMemberUntil} is null`);
  }
  if (f.ratingYear) {
    const grade = f.rating ? sql` and r.grade = ${f.rating}` : sql``;
    where.push(
      sql`exists (select 1 from ${orgRatings} r where r.tenant_id = ${tenantId} and r.org_id = ${o.id} and r.year = ${f.ratingYear}${grade})`,
    );
  }
  if (f.reportedYear) {
    const report = (status: SQL) =>
      sql`exists (select 1 from ${orgReports} p where p.tenant_id = ${tenantId} and p.org_id = ${o.id} and p.year = ${f.reportedYear} and ${status})`;
    if (!f.reportStatus) where.push(report(sql`p.status in ('da_nop', 'da_duyet')`));
    // No report row at all means nothing was submitted yet.
    else if (f.reportStatus === 'chua_nop') where.push(sql`not ${report(sql`p.status <> 'chua_nop'`)}`);
    else where.push(report(sql`p.status = ${f.reportStatus}`));
  }
  const q = (f.q ?? '').replace(/\s+/g, ' ').trim();
  // One folded phrase against the stored folded text: the trigram index answers it.
  if (q) where.push(sql`${o.searchFolded} like '%' || lower(f_unaccent(${escapeLike(q)})) || '%'`);
  return and(...where) as SQL;
}

/** Orderings that follow the (tenant_id, …, name_folded) indexes, with id as the last tie-breaker. */
function ordering(f: OrgListFilter): SQL[] {
  const dir = f.direction === 'desc' ? desc : asc;
  const byName = [dir(o.nameFolded), dir(o.id)];
  switch (f.sort) {
    case 'createdAt':
      return [dir(o.createdAt), dir(o.id)];
    case 'registeredOn':
      return [sql`${o.registeredOn} ${sql.raw(f.direction)} nulls last`, ...byName];
    case 'kind':
      return [dir(o.kind), ...byName];
    case 'status':
      return [dir(o.status), ...byName];
    default:
      return byName;
  }
}

export async function listOrgs(
  db: Executor,
  tenantId: string,
  f: OrgListFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: OrgRow[]; total: number }> {
  const where = conditions(tenantId, f);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(o)
      .where(where)
      .orderBy(...ordering(f))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(o).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** The columns an export shows (the folded search text and bookkeeping columns stay behind). */
const exportColumns = {
  kind: o.kind,
  name: o.name,
  shortName: o.shortName,
  regCode: o.regCode,
  registeredOn: o.registeredOn,
  registrationAuthority: o.registrationAuthority,
  foundedOn: o.foundedOn,
  communeCode: o.communeCode,
  street: o.street,
  addressOriginal: o.addressOriginal,
  sectorPrimary: o.sectorPrimary,
  sectorsOther: o.sectorsOther,
  representativeName: o.representativeName,
  representativeTitle: o.representativeTitle,
  publicPhone: o.publicPhone,
  publicEmail: o.publicEmail,
  website: o.website,
  privateContactName: o.privateContactName,
  privatePhone: o.privatePhone,
  privateEmail: o.privateEmail,
  latitude: o.latitude,
  longitude: o.longitude,
  status: o.status,
  statusSince: o.statusSince,
  convertedToLaw2023: o.convertedToLaw2023,
  convertedOn: o.convertedOn,
  sizeClass: o.sizeClass,
  allianceMemberSince: o.allianceMemberSince,
  allianceMemberUntil: o.allianceMemberUntil,
  nationalId: o.nationalId,
  notes: o.notes,
};
export type OrgExportRow = Pick<OrgRow, keyof typeof exportColumns>;

/** Every matching row, in list order (exports). */
export async function listOrgsForExport(
  db: Executor,
  tenantId: string,
  f: OrgListFilter,
  max: number,
): Promise<OrgExportRow[]> {
  return db
    .select(exportColumns)
    .from(o)
    .where(conditions(tenantId, f))
    .orderBy(...ordering(f))
    .limit(max);
}

/** Slug and last change of every organisation the directory lists (sitemap). */
export async function listSlugs(
  db: Executor,
  tenantId: string,
  f: OrgListFilter,
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: o.slug, updatedAt: o.updatedAt })
    .from(o)
    .where(conditions(tenantId, f))
    .orderBy(...ordering(f));
}

import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations, orgFigures } from '../registry.tables.ts';

/**
 * The register as an import reads and writes it, in bulk: one statement per few thousand rows,
 * so that a 10,000-row file commits in seconds.
 */

export type OrgRow = typeof organizations.$inferSelect;

const o = organizations;

/** One array parameter instead of one parameter per id. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** Serialises imports of one tenant until the transaction ends (two commits at once would race). */
export async function lockTenantImports(db: Executor, tenantId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`org-import:${tenantId}`}))`);
}

/** The columns an import compares and writes, of every organisation still in the register. */
export async function selectRegister(db: Executor, tenantId: string) {
  return db
    .select({
      id: o.id,
      kind: o.kind,
      name: o.name,
      shortName: o.shortName,
      regCode: o.regCode,
      registeredOn: o.registeredOn,
      registrationAuthority: o.registrationAuthority,
      foundedOn: o.foundedOn,
      provinceCode: o.provinceCode,
      communeCode: o.communeCode,
      street: o.street,
      addressOriginal: o.addressOriginal,
      sectorPrimary: o.sectorPrimary,
      sectorsOther: o.sectorsOther,
      status: o.status,
      statusSince: o.statusSince,
      sizeClass: o.sizeClass,
      representativeName: o.representativeName,
      representativeTitle: o.representativeTitle,
      publicPhone: o.publicPhone,
      publicEmail: o.publicEmail,
      website: o.website,
      allianceMemberSince: o.allianceMemberSince,
      notes: o.notes,
    })
    .from(o)
    .where(and(eq(o.tenantId, tenantId), isNull(o.mergedIntoId)));
}

export async function selectFigures(
  db: Executor,
  tenantId: string,
  orgIds: readonly string[],
  years: readonly number[],
): Promise<{ orgId: string; year: number; indicatorCode: string; value: number }[]> {
  if (orgIds.length === 0) return [];
  return db
    .select({
      orgId: orgFigures.orgId,
      year: orgFigures.year,
      indicatorCode: orgFigures.indicatorCode,
      value: orgFigures.value,
    })
    .from(orgFigures)
    .where(
      and(
        eq(orgFigures.tenantId, tenantId),
        inArray(orgFigures.year, [...years]),
        sql`${orgFigures.orgId} = any(${uuidArray(orgIds)}::uuid[])`,
      ),
    );
}

export async function selectSlugs(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db.select({ slug: o.slug }).from(o).where(eq(o.tenantId, tenantId));
  return rows.map((r) => r.slug);
}

/** The importable columns of an organisation, as one record of a bulk write. */
export interface OrgRecord {
  id: string;
  kind: string;
  name: string;
  shortName: string;
  regCode: string | null;
  registeredOn: string | null;
  registrationAuthority: string;
  foundedOn: string | null;
  provinceCode: string | null;
  communeCode: string | null;
  street: string;
  addressOriginal: string;
  sectorPrimary: string;
  sectorsOther: string[];
  status: string;
  statusSince: string | null;
  sizeClass: string | null;
  representativeName: string;
  representativeTitle: string;
  publicPhone: string;
  publicEmail: string;
  website: string;
  allianceMemberSince: string | null;
  notes: string;
}

// Record key → column and type. Constants only: safe to splice into the statement text.
const RECORD_COLUMNS: readonly [keyof OrgRecord, string, string][] = [
  ['kind', 'kind', 'text'],
  ['name', 'name', 'text'],
  ['shortName', 'short_name', 'text'],
  ['regCode', 'reg_code', 'text'],
  ['registeredOn', 'registered_on', 'date'],
  ['registrationAuthority', 'registration_authority', 'text'],
  ['foundedOn', 'founded_on', 'date'],
  ['provinceCode', 'province_code', 'text'],
  ['communeCode', 'commune_code', 'text'],
  ['street', 'street', 'text'],
  ['addressOriginal', 'address_original', 'text'],
  ['sectorPrimary', 'sector_primary', 'text'],
  ['sectorsOther', 'sectors_other', 'text[]'],
  ['status', 'status', 'text'],
  ['statusSince', 'status_since', 'date'],
  ['sizeClass', 'size_class', 'text'],
  ['representativeName', 'representative_name', 'text'],
  ['representativeTitle', 'representative_title', 'text'],
  ['publicPhone', 'public_phone', 'text'],
  ['publicEmail', 'public_email', 'text'],
  ['website', 'website', 'text'],
  ['allianceMemberSince', 'alliance_member_since', 'date'],
  ['notes', 'notes', 'text'],
];

const recordType = sql.raw(
  ['"id" uuid', '"slug" text', ...RECORD_COLUMNS.map(([key, , type]) => `"${key}" ${type}`)].join(', '),
);
const columnList = sql.raw(RECORD_COLUMNS.map(([, column]) => column).join(', '));
const valueList = sql.raw(RECORD_COLUMNS.map(([key]) => `v."${key}"`).join(', '));
const assignments = sql.raw(RECORD_COLUMNS.map(([key, column]) => `${column} = v."${key}"`).join(', '));

// Records travel as one JSON parameter (jsonb_to_recordset): a multi-row VALUES list binds ~25
// parameters per row and is ten times slower on PGlite.
const WRITE_CHUNK = 5000;

async function selectOrgs(db: Executor, tenantId: string, ids: readonly string[]): Promise<OrgRow[]> {
  return db
    .select()
    .from(o)
    .where(and(eq(o.tenantId, tenantId), sql`${o.id} = any(${uuidArray(ids)}::uuid[])`));
}

/** Inserts new organisations (ids and slugs chosen by the caller) and returns their rows. */
export async function insertOrganizations(
  db: Executor,
  tenantId: string,
  records: readonly (OrgRecord & { slug: string })[],
): Promise<OrgRow[]> {
  const out: OrgRow[] = [];
  for (let k = 0; k < records.length; k += WRITE_CHUNK) {
    const chunk = records.slice(k, k + WRITE_CHUNK);
    await db.execute(sql`
      insert into organizations (tenant_id, id, slug, ${columnList})
      select ${tenantId}::uuid, v."id", v."slug", ${valueList}
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(${recordType})`);
    out.push(
      ...(await selectOrgs(
        db,
        tenantId,
        chunk.map((r) => r.id),
      )),
    );
  }
  return out;
}

/** Rewrites the importable columns of many organisations; each version goes up by one. */
export async function updateOrganizations(
  db: Executor,
  tenantId: string,
  records: readonly OrgRecord[],
): Promise<OrgRow[]> {
  const out: OrgRow[] = [];
  for (let k = 0; k < records.length; k += WRITE_CHUNK) {
    const chunk = records.slice(k, k + WRITE_CHUNK).map((r) => ({ ...r, slug: null }));
    await db.execute(sql`
      update organizations o set ${assignments}, version = o.version + 1, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(${recordType})
      where o.tenant_id = ${tenantId} and o.id = v."id"`);
    out.push(
      ...(await selectOrgs(
        db,
        tenantId,
        chunk.map((r) => r.id),
      )),
    );
  }
  return out;
}

const FIGURE_CHUNK = 10_000;

/** Upserts yearly values (organisation × indicator) of one year in bulk. */
export async function upsertFigures(
  db: Executor,
  tenantId: string,
  year: number,
  actorId: string | null,
  values: readonly { orgId: string; code: string; value: number }[],
): Promise<void> {
  for (let k = 0; k < values.length; k += FIGURE_CHUNK) {
    const chunk = values.slice(k, k + FIGURE_CHUNK);
    await db.execute(sql`
      insert into org_figures (tenant_id, org_id, year, indicator_code, value, updated_by, updated_at)
      select ${tenantId}::uuid, v."orgId", ${year}::int, v."code", v."value", ${actorId}::uuid, now()
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v("orgId" uuid, "code" text, "value" numeric)
      on conflict (org_id, year, indicator_code) do update
        set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
  }
}

export interface StatusHistoryRecord {
  orgId: string;
  status: string;
  since: string;
  note: string;
}

export async function insertStatusHistoryRows(
  db: Executor,
  tenantId: string,
  changedBy: string | null,
  records: readonly StatusHistoryRecord[],
): Promise<void> {
  for (let k = 0; k < records.length; k += WRITE_CHUNK) {
    const chunk = records.slice(k, k + WRITE_CHUNK);
    await db.execute(sql`
      insert into org_status_history (tenant_id, org_id, status, since, note, changed_by)
      select ${tenantId}::uuid, v."orgId", v."status", v."since", v."note", ${changedBy}::uuid
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
        as v("orgId" uuid, "status" text, "since" date, "note" text)`);
  }
}

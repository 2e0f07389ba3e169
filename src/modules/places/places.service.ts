import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/types.ts';
import { resolveAddressText } from './address-resolve.service.ts';
import { fold, markedKey, splitKind } from './place-name.ts';
import type { CommuneList, CommuneQuery, ProvinceList, ResolveInput, ResolveResult } from './places.dto.ts';
import {
  analyzePlaces,
  type CommuneHit,
  countPlaces,
  replaceLegacy,
  searchCommuneRows,
  selectCommunesByCodes,
  selectProvinces,
  upsertPlaces,
} from './places.repo.ts';
import { readPlacesData } from './places-data.ts';

export interface LoadOptions {
  /** Load again although the tables are filled: how a newer data package gets applied. */
  reload?: boolean;
}

/**
 * Loads provinces, communes and legacy mappings in one transaction (~1.7 s on an empty PGlite).
 * Runs at every start: when the three tables are filled it returns after three counts, without
 * reading the 4 MB package (~0.25 s).
 */
export async function loadPlaces(db: Db, opts: LoadOptions = {}): Promise<void> {
  const have = await countPlaces(db);
  if (!opts.reload && have.provinces > 0 && have.communes > 0 && have.legacy > 0) return;
  const data = readPlacesData();
  await db.transaction(async (tx) => {
    await upsertPlaces(tx, data.provinces, data.communes);
    await replaceLegacy(tx, data.legacy);
    await analyzePlaces(tx);
  });
}

export type { CommuneHit };

/** Current communes with their province, by code; unknown codes are simply absent. */
export async function getCommunesByCodes(ctx: Ctx, codes: Iterable<string>): Promise<CommuneHit[]> {
  return selectCommunesByCodes(ctx.db, [...new Set(codes)]);
}

export async function listProvinces(ctx: Ctx): Promise<ProvinceList> {
  return { items: await selectProvinces(ctx.db) };
}

// Only level words written unmistakably: "xa"/"phuong" may begin a name (Phương Đình).
const COMMUNE_WORD = /^(xã|phường|thị trấn|đặc khu|x\.|p\.|tt\.)\s+/iu;

// Enough rows for the marks to reorder within a rank before cutting to the limit.
const SEARCH_POOL = 200;

/**
 * Accent-insensitive autocomplete: names starting with the text first (level word aside), then
 * a word starting with it, then containing it, then close spellings; within a rank, names
 * written with the same marks as the query ("hòa" before "hóa") come first.
 */
export async function searchCommunes(ctx: Ctx, q: CommuneQuery): Promise<CommuneList> {
  const core = q.q.normalize('NFC').replace(COMMUNE_WORD, '');
  const rows = await searchCommuneRows(ctx.db, {
    folded: fold(core).replace(/\s+/g, ' '),
    provinceCode: q.province,
    max: SEARCH_POOL,
  });
  const marked = markedKey(core);
  const sameMarks = (name: string) => markedKey(splitKind(name).core).includes(marked);
  const ranked = rows
    .map((r, i) => ({ r, i, same: sameMarks(r.name) }))
    .sort((a, b) => a.r.rank - b.r.rank || Number(b.same) - Number(a.same) || a.i - b.i);
  return {
    items: ranked.slice(0, q.limit).map(({ r }) => ({
      code: r.code,
      name: r.name,
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
    })),
  };
}

/** Finds the current commune of an address written before or after the 2025 reorganisation. */
export async function resolveAddress(ctx: Ctx, input: ResolveInput): Promise<ResolveResult> {
  return resolveAddressText(ctx.db, input.address, input.provinceCode);
}

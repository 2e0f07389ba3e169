import type { AddressPart } from './address-parser.ts';
import { coreKey, hasDiacritics, markedKey, nameKey, provinceAlias, splitKind } from './place-name.ts';
import type { CommuneCandidate, LegacyCommuneDto, ResolveResult } from './places.dto.ts';
import type { CommuneHit, LegacyHit } from './places.repo.ts';

/** The commune name read from the text and what followed it (district, province…). */
export interface CommuneReading {
  name: string;
  kind: string | null;
  context: AddressPart[];
}

/** One way to read the text: an old commune that went to `hit`, or `hit` itself (new form). */
interface Reading {
  hit: CommuneHit;
  legacy: LegacyCommuneDto | null;
  /** Every part after the commune is explained and none contradicts. */
  complete: boolean;
  score: number;
  district: AddressPart | null;
  province: AddressPart | null;
}

const MAX_ALTERNATIVES = 50;

const round = (n: number): number => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

/** Name evidence: marks that agree with the data count, marks that differ count against. */
function nameAdjustment(written: CommuneReading, dataName: string): number {
  const { kind, core } = splitKind(dataName);
  let adjust = 0;
  if (!hasDiacritics(written.name)) adjust -= 0.02;
  else if (markedKey(written.name) !== markedKey(core)) adjust -= 0.1;
  if (written.kind && kind && written.kind !== kind) adjust -= 0.1;
  return adjust;
}

interface Places {
  district: string | null;
  provinces: string[];
}

/** A labelled part's name is already without its level word ("Tịnh Biên" is not "Tỉnh Biên"). */
const keysOf = (p: AddressPart): string[] =>
  p.level === null ? [nameKey(p.name), coreKey(p.name)] : [nameKey(p.name)];

/** Checks each part after the commune against where the candidate lies. */
function explain(context: readonly AddressPart[], at: Places) {
  let district: AddressPart | null = null;
  let province: AddressPart | null = null;
  let faults = 0;
  const isDistrict = (p: AddressPart) => at.district !== null && keysOf(p).includes(at.district);
  const isProvince = (p: AddressPart) => keysOf(p).some((k) => at.provinces.includes(provinceAlias(k)));
  // Leftover words of a part without commas: "Kien Xuong Thai Binh".
  const isBoth = (p: AddressPart) =>
    at.district !== null && keysOf(p).some((k) => at.provinces.some((pk) => k === `${at.district} ${pk}`));
  for (const p of context) {
    if (p.level === 'street') continue;
    const asDistrict = p.level !== 'province' && p.level !== 'commune' && isDistrict(p);
    const asProvince = p.level !== 'district' && p.level !== 'commune' && isProvince(p);
    if (asDistrict && !district) district = p;
    else if (asProvince && !province) province = p;
    else if (p.level === null && isBoth(p)) {
      district ??= p;
      province ??= p;
    } else if (!asDistrict && !asProvince) faults++;
  }
  return { district, province, faults };
}

const mentions = (p: AddressPart, key: string): boolean =>
  keysOf(p).some((k) => k === key || provinceAlias(k) === key);

/**
 * The old province is what an old record says. An old commune followed by the new province
 * ("Xã Vũ Lễ, Hưng Yên") is a mixed form: it counts, a little less, so that where a current
 * commune of the same name lies in that province the current reading wins.
 */
function legacyBase(
  district: AddressPart | null,
  province: AddressPart | null,
  oldProvince: string,
  oldDistrict: string,
) {
  const viaOld =
    province !== null &&
    (mentions(province, oldProvince) || mentions(province, `${oldDistrict} ${oldProvince}`));
  if (district && province) return viaOld ? 0.97 : 0.93;
  if (district) return 0.9;
  if (province) return viaOld ? 0.9 : 0.85;
  return 0.6;
}

function legacyReading(written: CommuneReading, hit: LegacyHit): Reading {
  const at = {
    district: coreKey(hit.oldDistrict),
    provinces: [coreKey(hit.oldProvince), coreKey(hit.provinceName)],
  };
  const { district, province, faults } = explain(written.context, at);
  const base = legacyBase(district, province, coreKey(hit.oldProvince), at.district);
  const { code, name, provinceCode, provinceName } = hit;
  return {
    hit: { code, name, provinceCode, provinceName },
    legacy: { name: hit.oldName, district: hit.oldDistrict, province: hit.oldProvince },
    complete: faults === 0,
    score: faults === 0 ? base + nameAdjustment(written, hit.oldName) : 0.3 - 0.1 * faults,
    district,
    province,
  };
}

function currentReading(written: CommuneReading, hit: CommuneHit): Reading {
  // A current commune has no district: a district in the text is a fault for this reading.
  const { province, faults } = explain(written.context, {
    district: null,
    provinces: [coreKey(hit.provinceName)],
  });
  const base = province ? 0.95 : 0.6;
  return {
    hit,
    legacy: null,
    complete: faults === 0,
    score: faults === 0 ? base + nameAdjustment(written, hit.name) : 0.3 - 0.1 * faults,
    district: null,
    province,
  };
}

// On a tie the old commune is shown: it tells the reader which former place this is.
const better = (a: Reading, b: Reading): boolean =>
  a.complete !== b.complete
    ? a.complete
    : a.score !== b.score
      ? a.score > b.score
      : a.legacy !== null && b.legacy === null;

/** Best reading per current commune, best first. */
function bestPerCommune(readings: readonly Reading[]): Reading[] {
  const best = new Map<string, Reading>();
  for (const r of readings) {
    const seen = best.get(r.hit.code);
    if (!seen || better(r, seen)) best.set(r.hit.code, r);
  }
  return [...best.values()].sort((a, b) =>
    better(a, b) ? -1 : better(b, a) ? 1 : a.hit.code.localeCompare(b.hit.code),
  );
}

function candidate(r: Reading, score = r.score): CommuneCandidate {
  return { ...r.hit, legacy: r.legacy, score: round(score) };
}

const label = (p: AddressPart | null): string | null =>
  p ? [p.kind, p.name].filter(Boolean).join(' ') : null;

// A complete reading this far ahead of every other is clearly the one meant: the weight of
// marks or a level word written differently ("Văn Lăng" written, "Văn Lang" also exists).
const MARGIN = 0.1;

/** Picks the one candidate when it is clearly the one; otherwise lists them. Never guesses. */
function decide(ranked: Reading[], hint: string | undefined): { winner: Reading | null; confidence: number } {
  const [first] = ranked;
  if (!first?.complete) return { winner: null, confidence: round(0.1) };
  const top = ranked.filter((r) => r.complete && r.score > first.score - MARGIN + 1e-9);
  if (top.length === 1) {
    const contested = ranked.some((r) => r !== first && r.complete);
    return { winner: first, confidence: round(contested ? first.score - 0.05 : first.score) };
  }
  // The tenant's province breaks a tie only when exactly one of the tied lies in it.
  const inHint = hint ? top.filter((r) => r.hit.provinceCode === hint) : [];
  const [only] = inHint;
  if (only && inHint.length === 1) return { winner: only, confidence: round(Math.min(only.score, 0.7)) };
  return { winner: null, confidence: round(first.score / top.length) };
}

/** Turns the old and current communes found under the name into a decision. */
export function scoreReadings(
  written: CommuneReading,
  legacy: readonly LegacyHit[],
  current: readonly CommuneHit[],
  hint?: string,
): Omit<ResolveResult, 'parsed'> & { district: string | null; province: string | null } {
  const ranked = bestPerCommune([
    ...legacy.map((h) => legacyReading(written, h)),
    ...current.map((h) => currentReading(written, h)),
  ]);
  const { winner, confidence } = decide(ranked, hint);
  const shown = winner ?? ranked[0];
  const rest = ranked.filter((r) => r !== winner).slice(0, MAX_ALTERNATIVES);
  return {
    status: winner ? 'matched' : 'ambiguous',
    confidence,
    match: winner ? candidate(winner, confidence) : null,
    alternatives: rest.map((r) => candidate(r)),
    district: label(shown?.district ?? null),
    province: label(shown?.province ?? null),
  };
}

import type { Executor } from '../../core/db/types.ts';
import { type AddressPart, outline, parseAddress } from './address-parser.ts';
import { type CommuneReading, scoreReadings } from './address-scoring.ts';
import { coreKey, fold, nameKey, splitKind } from './place-name.ts';
import type { CommuneCandidate, ParsedAddressDto, ResolveResult } from './places.dto.ts';
import {
  type CommuneHit,
  findCommunesByNames,
  findLegacyByNames,
  findSimilar,
  type LegacyHit,
  type NameMatch,
} from './places.repo.ts';

// Parts tried as the commune when none carries a level word ("Vũ Lễ, Kiến Xương, Thái Bình").
const MAX_UNLABELLED_TRIES = 3;
const MAX_SUGGESTIONS = 5;
const COMMUNE_KINDS = new Set(['Xã', 'Phường', 'Thị trấn', 'Đặc khu']);
// The longest commune name has 6 words (Văn Miếu - Quốc Tử Giám).
const MAX_NAME_WORDS = 8;

interface Attempt {
  part: AddressPart;
  /** The name and its shorter forms, longest first; the words cut off join the context. */
  readings: CommuneReading[];
}

/** The ways to read one part as a commune name, longest first: as parsed, with its level word, shortened. */
function readingsOf(part: AddressPart, after: AddressPart[]): CommuneReading[] {
  const names: { name: string; kind: string | null }[] = [{ name: part.name, kind: part.kind }];
  // "Phuong Dinh" may be Xã Phương Đình rather than Phường Dinh.
  if (part.loose) names.push({ name: part.text, kind: null });
  // "Xa Vũ Lễ": a level word written without its marks inside marked text.
  const split = splitKind(part.text);
  if (part.level === null && split.kind && COMMUNE_KINDS.has(split.kind))
    names.push({ name: split.core, kind: split.kind });
  const readings: (CommuneReading & { words: number; order: number })[] = [];
  names.forEach(({ name, kind }, order) => {
    const words = name.split(/\s+/);
    for (let n = Math.min(words.length, MAX_NAME_WORDS); n >= 1; n--) {
      const rest = words.slice(n).join(' ');
      const leftover: AddressPart[] = rest
        ? [{ level: null, kind: null, name: rest, text: rest, loose: false }]
        : [];
      readings.push({
        name: words.slice(0, n).join(' '),
        kind,
        context: [...leftover, ...after],
        words: n,
        order,
      });
    }
  });
  return readings
    .sort((a, b) => b.words - a.words || a.order - b.order)
    .map(({ name, kind, context }) => ({ name, kind, context }));
}

function attemptsOf(parts: AddressPart[]): Attempt[] {
  const labelled = parts.findIndex((p) => p.level === 'commune');
  const indexes =
    labelled >= 0
      ? [labelled]
      : parts.flatMap((p, i) => (p.level === null ? [i] : [])).slice(0, MAX_UNLABELLED_TRIES);
  return indexes.map((i) => {
    const part = parts[i] as AddressPart;
    const after = parts.slice(i + 1).filter((p) => p.level !== 'street');
    return { part, readings: readingsOf(part, after) };
  });
}

function parsedOf(
  parts: AddressPart[],
  commune: CommuneReading | null,
  found?: { district: string | null; province: string | null },
): ParsedAddressDto {
  const o = outline(parts);
  const label = (p: AddressPart | null) => (p ? [p.kind, p.name].filter(Boolean).join(' ') : null);
  return {
    commune: commune ? [commune.kind, commune.name].filter(Boolean).join(' ') : label(o.commune),
    district: label(o.district) ?? found?.district ?? null,
    province: label(o.province) ?? found?.province ?? null,
  };
}

async function suggestions(db: Executor, text: string): Promise<CommuneCandidate[]> {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  if (folded.length < 3) return [];
  const hits = await findSimilar(db, folded, MAX_SUGGESTIONS);
  const best = new Map<string, CommuneCandidate>();
  for (const { similarity, ...h } of hits.sort((a, b) => b.similarity - a.similarity)) {
    if (!best.has(h.code)) best.set(h.code, { ...h, score: Math.round(similarity * 50) / 100 });
  }
  return [...best.values()].slice(0, MAX_SUGGESTIONS);
}

interface Found {
  reading: CommuneReading;
  legacy: LegacyHit[];
  current: CommuneHit[];
}

/** The longest form of the name that exists, with the old and current communes so called. */
async function lookUp(db: Executor, attempt: Attempt, match: NameMatch): Promise<Found | null> {
  const form = match === 'folded' ? (n: string) => fold(n).replace(/\s+/g, ' ') : nameKey;
  const names = [...new Set(attempt.readings.map((r) => form(r.name)).filter(Boolean))];
  const [legacy, current] = await Promise.all([
    findLegacyByNames(db, names, match),
    findCommunesByNames(db, names, match),
  ]);
  if (legacy.length === 0 && current.length === 0) return null;
  for (const reading of attempt.readings) {
    const key = nameKey(reading.name);
    const sameLegacy = legacy.filter((h) => coreKey(h.oldName) === key);
    const sameCurrent = current.filter((h) => coreKey(h.name) === key);
    if (sameLegacy.length > 0 || sameCurrent.length > 0)
      return { reading, legacy: sameLegacy, current: sameCurrent };
  }
  return null;
}

/**
 * Reads the address, looks its commune name up among old and current communes, and scores each
 * reading against the rest of the text. Exact folded names first (indexed); then, only when
 * nothing is found, names that differ in punctuation; then "did you mean" suggestions.
 */
export async function resolveAddressText(
  db: Executor,
  address: string,
  hint?: string,
): Promise<ResolveResult> {
  const parts = parseAddress(address);
  const attempts = attemptsOf(parts);
  for (const match of ['folded', 'key'] as const) {
    for (const attempt of attempts) {
      const found = await lookUp(db, attempt, match);
      if (!found) continue;
      const { district, province, ...result } = scoreReadings(
        found.reading,
        found.legacy,
        found.current,
        hint,
      );
      return { ...result, parsed: parsedOf(parts, found.reading, { district, province }) };
    }
  }
  const [first] = attempts;
  const guess = first ? [first.part.kind, first.part.name].filter(Boolean).join(' ') : address;
  return {
    status: 'not_found',
    confidence: 0,
    match: null,
    alternatives: await suggestions(db, guess),
    parsed: parsedOf(parts, null),
  };
}

import type { Ctx } from '../../../core/context.ts';
import { compareVi } from '../../../lib/vi/index.ts';
import { getCommunesByCodes, listProvinces } from '../../places/places.service.ts';
import {
  ORG_KIND_LABELS,
  ORG_KINDS,
  ORG_STATUS_LABELS,
  type OrgKind,
  type OrgStatus,
  SECTOR_LABELS,
  type Sector,
} from '../registry-enums.dto.ts';
import * as repo from './directory.repo.ts';
import { type DirectoryQuery, orgProfilePath } from './directory-list-query.ts';
import { directorySearchTerms } from './directory-search-terms.ts';

export const DIRECTORY_PAGE_SIZE = 20;

export interface CommuneLabel {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
}

export interface DirectoryItem {
  url: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  kindLabel: string;
  sectorLabel: string;
  status: OrgStatus;
  statusLabel: string;
  /** Street, commune, province — whatever is known. */
  address: string;
}

export interface KindFacet {
  kind: OrgKind;
  label: string;
  count: number;
}

export interface CommuneFacet extends CommuneLabel {
  count: number;
}

export interface DirectoryPage {
  items: DirectoryItem[];
  total: number;
  pageCount: number;
  /** Per kind, matching every other filter: the kind select shows the numbers. */
  kinds: KindFacet[];
  /** Communes that have organisations, in Vietnamese alphabetical order. */
  communes: CommuneFacet[];
}

const kindLabel = (k: string) => ORG_KIND_LABELS[k as OrgKind] ?? k;
const sectorLabel = (s: string) => SECTOR_LABELS[s as Sector] ?? s;
const statusLabel = (s: string) => ORG_STATUS_LABELS[s as OrgStatus] ?? s;

/** Names of current communes with their provinces, by code; unknown codes are left out. */
export async function describeCommunes(
  ctx: Ctx,
  codes: readonly string[],
): Promise<Map<string, CommuneLabel>> {
  const rows = await getCommunesByCodes(ctx, codes);
  return new Map(rows.map((r) => [r.code, r]));
}

/** Names of provinces by their two-digit code. */
export async function describeProvinces(ctx: Ctx, codes: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(codes);
  const { items } = await listProvinces(ctx);
  return new Map(items.filter((p) => wanted.has(p.code)).map((p) => [p.code, p.name]));
}

function joinAddress(street: string | null, place: CommuneLabel | undefined): string {
  return [street, place?.name, place?.provinceName].filter(Boolean).join(', ');
}

/** One page of the public directory with the numbers its filters show. */
export async function listDirectory(ctx: Ctx, q: DirectoryQuery): Promise<DirectoryPage> {
  const filter: repo.DirectoryFilter = {
    terms: directorySearchTerms(q.q),
    kind: q.kind,
    sector: q.sector,
    communeCode: q.communeCode,
  };
  const [rows, byKind, byCommune] = await Promise.all([
    repo.selectDirectoryPage(
      ctx.db,
      ctx.tenantId,
      filter,
      DIRECTORY_PAGE_SIZE,
      (q.page - 1) * DIRECTORY_PAGE_SIZE,
    ),
    repo.countDirectoryByKind(ctx.db, ctx.tenantId, filter),
    repo.countDirectoryByCommune(ctx.db, ctx.tenantId),
  ]);
  const places = await describeCommunes(ctx, [
    ...rows.flatMap((r) => (r.communeCode ? [r.communeCode] : [])),
    ...byCommune.map((c) => c.communeCode),
  ]);
  const kindCount = new Map(byKind.map((k) => [k.kind, k.n]));
  const total = q.kind ? (kindCount.get(q.kind) ?? 0) : byKind.reduce((sum, k) => sum + k.n, 0);
  return {
    items: rows.map((r) => ({
      url: orgProfilePath(r.slug),
      name: r.name,
      shortName: r.shortName,
      kind: r.kind as OrgKind,
      kindLabel: kindLabel(r.kind),
      sectorLabel: sectorLabel(r.sectorPrimary),
      status: r.status as OrgStatus,
      statusLabel: statusLabel(r.status),
      address: joinAddress(r.street, r.communeCode ? places.get(r.communeCode) : undefined),
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    kinds: ORG_KINDS.map((kind) => ({ kind, label: ORG_KIND_LABELS[kind], count: kindCount.get(kind) ?? 0 })),
    communes: byCommune
      .flatMap((c) => {
        const place = places.get(c.communeCode);
        return place ? [{ ...place, count: c.n }] : [];
      })
      .sort((a, b) => compareVi(a.provinceName, b.provinceName) || compareVi(a.name, b.name)),
  };
}

export interface UnionLink {
  url: string;
  name: string;
  kindLabel: string;
}

export type AllianceMembership =
  | { state: 'member'; since: string }
  | { state: 'former'; since: string | null; until: string };

export interface DirectoryProfile {
  url: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  kindLabel: string;
  regCode: string | null;
  registeredOn: string | null;
  registrationAuthority: string;
  foundedOn: string | null;
  street: string;
  communeName: string | null;
  provinceName: string | null;
  /** Street, commune, province of the current (post-2025) address. */
  address: string;
  /** The address as first written (often naming pre-2025 places); empty when the same. */
  addressOriginal: string;
  /** Labels, the primary sector first. */
  sectors: string[];
  representativeName: string;
  representativeTitle: string;
  phone: string;
  email: string;
  website: string;
  status: OrgStatus;
  statusLabel: string;
  statusSince: string | null;
  /** Only cooperatives convert their charter to the 2023 law: null for THT and enterprises. */
  convertedToLaw2023: boolean | null;
  convertedOn: string | null;
  membership: AllianceMembership | null;
  /** Members of this union (LHHTX). */
  members: UnionLink[];
  /** Unions this organisation belongs to. */
  unions: UnionLink[];
  updatedAt: Date;
}

export type ProfileLookup =
  | { found: 'profile'; profile: DirectoryProfile }
  | { found: 'moved'; url: string }
  | { found: 'missing' };

const CONVERTING_KINDS: readonly string[] = ['HTX', 'LHHTX', 'QTDND'];
// A merge of a merge: follow a few steps, never a loop.
const MAX_MERGE_HOPS = 5;

function membershipOn(since: string | null, until: string | null, today: string): AllianceMembership | null {
  if (until && until <= today) return { state: 'former', since, until };
  if (since && since <= today) return { state: 'member', since };
  return null;
}

const toLink = (r: repo.UnionLinkRow): UnionLink => ({
  url: orgProfilePath(r.slug),
  name: r.name,
  kindLabel: kindLabel(r.kind),
});

/** Where a merged record lives now (the absorbing organisation's page), if it still exists. */
async function mergeTarget(ctx: Ctx, mergedIntoId: string): Promise<string | null> {
  let next: string | null = mergedIntoId;
  for (let hop = 0; next && hop < MAX_MERGE_HOPS; hop++) {
    const row = await repo.selectSlugById(ctx.db, ctx.tenantId, next);
    if (!row) return null;
    if (!row.mergedIntoId) return orgProfilePath(row.slug);
    next = row.mergedIntoId;
  }
  return null;
}

/**
 * The public profile of an organisation by slug. `today` (YYYY-MM-DD, Viet Nam) decides current
 * alliance membership and union links. Only public columns are read (see directory.repo.ts).
 */
export async function findDirectoryProfile(ctx: Ctx, slug: string, today: string): Promise<ProfileLookup> {
  const row = await repo.selectProfileBySlug(ctx.db, ctx.tenantId, slug);
  if (!row) return { found: 'missing' };
  if (row.mergedIntoId) {
    const url = await mergeTarget(ctx, row.mergedIntoId);
    return url ? { found: 'moved', url } : { found: 'missing' };
  }
  const [places, members, unions] = await Promise.all([
    row.communeCode ? describeCommunes(ctx, [row.communeCode]) : Promise.resolve(new Map()),
    repo.selectUnionLinks(ctx.db, ctx.tenantId, row.id, 'members', today),
    repo.selectUnionLinks(ctx.db, ctx.tenantId, row.id, 'unions', today),
  ]);
  const place: CommuneLabel | undefined = row.communeCode ? places.get(row.communeCode) : undefined;
  const address = joinAddress(row.street, place);
  const original = row.addressOriginal.trim();
  return {
    found: 'profile',
    profile: {
      url: orgProfilePath(row.slug),
      name: row.name,
      shortName: row.shortName,
      kind: row.kind as OrgKind,
      kindLabel: kindLabel(row.kind),
      regCode: row.regCode,
      registeredOn: row.registeredOn,
      registrationAuthority: row.registrationAuthority,
      foundedOn: row.foundedOn,
      street: row.street,
      communeName: place?.name ?? null,
      provinceName: place?.provinceName ?? null,
      address,
      addressOriginal: original && original !== address ? original : '',
      sectors: [row.sectorPrimary, ...row.sectorsOther.filter((s: string) => s !== row.sectorPrimary)].map(
        sectorLabel,
      ),
      representativeName: row.representativeName,
      representativeTitle: row.representativeTitle,
      phone: row.publicPhone,
      email: row.publicEmail,
      website: row.website,
      status: row.status as OrgStatus,
      statusLabel: statusLabel(row.status),
      statusSince: row.statusSince,
      convertedToLaw2023: CONVERTING_KINDS.includes(row.kind) ? row.convertedToLaw2023 : null,
      convertedOn: row.convertedOn,
      membership: membershipOn(row.allianceMemberSince, row.allianceMemberUntil, today),
      members: members.map(toLink),
      unions: unions.map(toLink),
      updatedAt: row.updatedAt,
    },
  };
}

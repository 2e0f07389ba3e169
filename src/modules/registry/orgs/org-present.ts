import type { OrgKind, OrgStatus, RatingGrade, Sector, SizeClass } from '../registry-enums.dto.ts';
import type { CommuneName } from './org-places.ts';
import type { OrgRef } from './org-relations.dto.ts';
import type { Membership, OrgDto, OrgSummary } from './orgs.dto.ts';
import type { OrgRow } from './orgs.repo.ts';

/** Public URL of an organisation's profile. */
export const orgUrl = (slug: string) => `/hop-tac-xa/${slug}`;

export function membershipOf(row: Pick<OrgRow, 'allianceMemberSince' | 'allianceMemberUntil'>): Membership {
  if (row.allianceMemberUntil) return 'da_rut';
  return row.allianceMemberSince ? 'thanh_vien' : 'chua';
}

export function presentOrgSummary(row: OrgRow, place: CommuneName | undefined): OrgSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind as OrgKind,
    name: row.name,
    shortName: row.shortName,
    regCode: row.regCode,
    registeredOn: row.registeredOn,
    communeCode: row.communeCode,
    communeName: place?.name ?? null,
    provinceName: place?.provinceName ?? null,
    sectorPrimary: row.sectorPrimary as Sector,
    representativeName: row.representativeName,
    status: row.status as OrgStatus,
    membership: membershipOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentOrg(
  row: OrgRow,
  place: CommuneName | undefined,
  latestRating: { year: number; grade: string; score: number | null } | undefined,
): OrgDto {
  return {
    ...presentOrgSummary(row, place),
    registrationAuthority: row.registrationAuthority,
    foundedOn: row.foundedOn,
    provinceCode: row.provinceCode,
    street: row.street,
    addressOriginal: row.addressOriginal,
    sectorsOther: row.sectorsOther as Sector[],
    representativeTitle: row.representativeTitle,
    publicPhone: row.publicPhone,
    publicEmail: row.publicEmail,
    website: row.website,
    privateContactName: row.privateContactName,
    privatePhone: row.privatePhone,
    privateEmail: row.privateEmail,
    latitude: row.latitude,
    longitude: row.longitude,
    statusSince: row.statusSince,
    convertedToLaw2023: row.convertedToLaw2023,
    convertedOn: row.convertedOn,
    sizeClass: row.sizeClass as SizeClass | null,
    allianceMemberSince: row.allianceMemberSince,
    allianceMemberUntil: row.allianceMemberUntil,
    nationalId: row.nationalId,
    notes: row.notes,
    url: orgUrl(row.slug),
    version: row.version,
    latestRating: latestRating
      ? { year: latestRating.year, grade: latestRating.grade as RatingGrade, score: latestRating.score }
      : null,
  };
}

export function presentOrgRef(row: Pick<OrgRow, 'id' | 'slug' | 'kind' | 'name' | 'regCode'>): OrgRef {
  return { id: row.id, slug: row.slug, kind: row.kind as OrgKind, name: row.name, regCode: row.regCode };
}

import dayjs, { type Dayjs } from 'dayjs';
import type { OrgDto, OrgUpdateInput } from '../../../api/registry-orgs-api';
import { API_DAY } from './org-format';
import type { OrgKind, OrgStatus, Sector, SizeClass } from './org-vocabulary';

/** What the form holds: days as dayjs values for the pickers, the rest as the server reads it. */
export interface OrgFormState {
  kind: OrgKind;
  name: string;
  shortName: string;
  slug?: string;
  regCode: string;
  registeredOn: Dayjs | null;
  registrationAuthority: string;
  foundedOn: Dayjs | null;
  communeCode: string | null;
  street: string;
  addressOriginal: string;
  sectorPrimary: Sector;
  sectorsOther: Sector[];
  representativeName: string;
  representativeTitle: string;
  publicPhone: string;
  publicEmail: string;
  website: string;
  privateContactName: string;
  privatePhone: string;
  privateEmail: string;
  latitude: number | null;
  longitude: number | null;
  status: OrgStatus;
  statusSince: Dayjs | null;
  convertedToLaw2023: boolean;
  convertedOn: Dayjs | null;
  sizeClass: SizeClass | null;
  allianceMemberSince: Dayjs | null;
  allianceMemberUntil: Dayjs | null;
  nationalId: string;
  notes: string;
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format(API_DAY) : null);
const text = (value: string | null | undefined) => (value ?? '').trim();

export function initialFormState(org: OrgDto | null): Partial<OrgFormState> {
  if (!org) {
    return {
      kind: 'HTX',
      sectorPrimary: 'nong_nghiep',
      sectorsOther: [],
      status: 'dang_hoat_dong',
      convertedToLaw2023: false,
      communeCode: null,
      sizeClass: null,
      latitude: null,
      longitude: null,
    };
  }
  return {
    kind: org.kind,
    name: org.name,
    shortName: org.shortName,
    slug: org.slug,
    regCode: org.regCode ?? '',
    registeredOn: day(org.registeredOn),
    registrationAuthority: org.registrationAuthority,
    foundedOn: day(org.foundedOn),
    communeCode: org.communeCode,
    street: org.street,
    addressOriginal: org.addressOriginal,
    sectorPrimary: org.sectorPrimary,
    sectorsOther: org.sectorsOther,
    representativeName: org.representativeName,
    representativeTitle: org.representativeTitle,
    publicPhone: org.publicPhone,
    publicEmail: org.publicEmail,
    website: org.website,
    privateContactName: org.privateContactName,
    privatePhone: org.privatePhone,
    privateEmail: org.privateEmail,
    latitude: org.latitude,
    longitude: org.longitude,
    status: org.status,
    statusSince: day(org.statusSince),
    convertedToLaw2023: org.convertedToLaw2023,
    convertedOn: day(org.convertedOn),
    sizeClass: org.sizeClass,
    allianceMemberSince: day(org.allianceMemberSince),
    allianceMemberUntil: day(org.allianceMemberUntil),
    nationalId: org.nationalId ?? '',
    notes: org.notes,
  };
}

/** The request body (without the version an edit adds). */
export function toOrgInput(v: OrgFormState): Omit<OrgUpdateInput, 'version'> {
  const regCode = normalizeRegCode(v.regCode);
  return {
    kind: v.kind,
    name: text(v.name),
    shortName: text(v.shortName),
    ...(v.slug ? { slug: v.slug.trim() } : {}),
    regCode: regCode || null,
    registeredOn: iso(v.registeredOn),
    registrationAuthority: text(v.registrationAuthority),
    foundedOn: iso(v.foundedOn),
    communeCode: v.communeCode ?? null,
    street: text(v.street),
    addressOriginal: text(v.addressOriginal),
    sectorPrimary: v.sectorPrimary,
    sectorsOther: v.sectorsOther ?? [],
    representativeName: text(v.representativeName),
    representativeTitle: text(v.representativeTitle),
    publicPhone: text(v.publicPhone),
    publicEmail: text(v.publicEmail).toLowerCase(),
    website: text(v.website),
    privateContactName: text(v.privateContactName),
    privatePhone: text(v.privatePhone),
    privateEmail: text(v.privateEmail).toLowerCase(),
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    status: v.status,
    statusSince: iso(v.statusSince),
    convertedToLaw2023: Boolean(v.convertedToLaw2023),
    convertedOn: v.convertedToLaw2023 ? iso(v.convertedOn) : null,
    sizeClass: v.sizeClass ?? null,
    allianceMemberSince: iso(v.allianceMemberSince),
    allianceMemberUntil: iso(v.allianceMemberUntil),
    nationalId: text(v.nationalId) || null,
    notes: text(v.notes),
  };
}

/** As the server stores it: "0101 234 567" → "0101234567". */
export const normalizeRegCode = (value: string | null | undefined) =>
  (value ?? '').replace(/\s+/g, '').toUpperCase();

import type { StaffClient } from '../../../../tests/helpers/test-app.ts';
import type { OrgDto } from './orgs.dto.ts';

let counter = 0;

/** A unique 10-digit registration code. */
export function nextRegCode(): string {
  counter++;
  return String(4_700_000_000 + counter * 7919);
}

/** A valid organisation body; override what the test is about. */
export function orgPayload(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    kind: 'HTX',
    name: `Hợp tác xã Dịch vụ nông nghiệp số ${counter}`,
    shortName: `HTX số ${counter}`,
    regCode: nextRegCode(),
    registeredOn: '2019-05-20',
    registrationAuthority: 'Phòng Tài chính – Kế hoạch',
    foundedOn: '2019-04-01',
    communeCode: '04795',
    street: 'Tổ 5',
    addressOriginal: 'Tổ 5, phường Thịnh Lang, TP Hòa Bình, tỉnh Hòa Bình',
    sectorPrimary: 'nong_nghiep',
    sectorsOther: ['thuong_mai_dich_vu'],
    representativeName: 'Nguyễn Văn Bình',
    representativeTitle: 'Giám đốc',
    publicPhone: '0218 385 1234',
    publicEmail: 'lienhe@htx.vn',
    website: 'https://htx.vn',
    privateContactName: 'Trần Thị Riêng',
    privatePhone: '0912 345 678',
    privateEmail: 'rieng@example.vn',
    latitude: 20.8134,
    longitude: 105.3383,
    status: 'dang_hoat_dong',
    statusSince: null,
    convertedToLaw2023: true,
    convertedOn: '2024-11-15',
    sizeClass: 'nho',
    allianceMemberSince: '2020-01-10',
    allianceMemberUntil: null,
    nationalId: null,
    notes: 'Ghi chú nội bộ',
    ...overrides,
  };
}

export async function createOrg(
  client: StaffClient,
  overrides: Record<string, unknown> = {},
): Promise<OrgDto> {
  const res = await client.inject({ method: 'POST', url: '/api/v1/orgs', payload: orgPayload(overrides) });
  if (res.statusCode !== 201) throw new Error(`org create failed ${res.statusCode}: ${res.body}`);
  return res.json() as OrgDto;
}

/** The editable fields of a DTO plus its version: what the console sends back on save. */
export function editOf(org: OrgDto, changes: Record<string, unknown> = {}) {
  const { kind, name, shortName, slug, regCode, registeredOn, registrationAuthority, foundedOn } = org;
  return {
    kind,
    name,
    shortName,
    slug,
    regCode,
    registeredOn,
    registrationAuthority,
    foundedOn,
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
    statusSince: org.statusSince,
    convertedToLaw2023: org.convertedToLaw2023,
    convertedOn: org.convertedOn,
    sizeClass: org.sizeClass,
    allianceMemberSince: org.allianceMemberSince,
    allianceMemberUntil: org.allianceMemberUntil,
    nationalId: org.nationalId,
    notes: org.notes,
    version: org.version,
    ...changes,
  };
}

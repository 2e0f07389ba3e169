import {
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  type OrgKind,
  type OrgStatus,
  SECTOR_LABELS,
  type Sector,
  SIZE_CLASS_LABELS,
  type SizeClass,
} from '../registry-enums.dto.ts';
import type { CommuneName } from './org-places.ts';
import { membershipOf } from './org-present.ts';
import { MEMBERSHIP_LABELS } from './orgs.dto.ts';
import type { OrgExportRow } from './orgs.repo.ts';

export type ExportValue = string | number | null;

export interface ExportColumn {
  header: string;
  /** Excel column width in characters. */
  width: number;
  /** 'date' values are yyyy-mm-dd; 'number' values use `numFmt`. */
  type: 'text' | 'date' | 'number';
  numFmt?: string;
  value: (row: OrgExportRow, place: CommuneName | undefined) => ExportValue;
}

const label = <K extends string>(labels: Record<K, string>, v: string | null): string =>
  v ? (labels[v as K] ?? v) : '';
const yesNo = (b: boolean) => (b ? 'Có' : 'Không');

/** The columns of the register export, in the order staff read them (headers in Vietnamese). */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Loại hình', width: 22, type: 'text', value: (r) => label<OrgKind>(ORG_KIND_LABELS, r.kind) },
  { header: 'Tên tổ chức', width: 44, type: 'text', value: (r) => r.name },
  { header: 'Tên viết tắt', width: 18, type: 'text', value: (r) => r.shortName },
  { header: 'Mã số HTX/Mã số thuế', width: 18, type: 'text', value: (r) => r.regCode },
  { header: 'Ngày đăng ký', width: 13, type: 'date', value: (r) => r.registeredOn },
  { header: 'Cơ quan đăng ký', width: 28, type: 'text', value: (r) => r.registrationAuthority },
  { header: 'Ngày thành lập', width: 13, type: 'date', value: (r) => r.foundedOn },
  { header: 'Số nhà, đường, thôn', width: 28, type: 'text', value: (r) => r.street },
  { header: 'Xã, phường', width: 22, type: 'text', value: (_r, p) => p?.name ?? '' },
  { header: 'Tỉnh, thành phố', width: 20, type: 'text', value: (_r, p) => p?.provinceName ?? '' },
  { header: 'Mã xã, phường', width: 10, type: 'text', value: (r) => r.communeCode },
  { header: 'Địa chỉ theo hồ sơ gốc', width: 36, type: 'text', value: (r) => r.addressOriginal },
  {
    header: 'Lĩnh vực chính',
    width: 24,
    type: 'text',
    value: (r) => label<Sector>(SECTOR_LABELS, r.sectorPrimary),
  },
  {
    header: 'Lĩnh vực khác',
    width: 28,
    type: 'text',
    value: (r) => r.sectorsOther.map((s) => label<Sector>(SECTOR_LABELS, s)).join('; '),
  },
  { header: 'Người đại diện theo pháp luật', width: 24, type: 'text', value: (r) => r.representativeName },
  { header: 'Chức danh', width: 16, type: 'text', value: (r) => r.representativeTitle },
  { header: 'Điện thoại', width: 15, type: 'text', value: (r) => r.publicPhone },
  { header: 'Email', width: 24, type: 'text', value: (r) => r.publicEmail },
  { header: 'Website', width: 24, type: 'text', value: (r) => r.website },
  { header: 'Người liên hệ (nội bộ)', width: 22, type: 'text', value: (r) => r.privateContactName },
  { header: 'Điện thoại nội bộ', width: 15, type: 'text', value: (r) => r.privatePhone },
  { header: 'Email nội bộ', width: 24, type: 'text', value: (r) => r.privateEmail },
  { header: 'Vĩ độ', width: 11, type: 'number', numFmt: '0.000000', value: (r) => r.latitude },
  { header: 'Kinh độ', width: 11, type: 'number', numFmt: '0.000000', value: (r) => r.longitude },
  {
    header: 'Tình trạng hoạt động',
    width: 24,
    type: 'text',
    value: (r) => label<OrgStatus>(ORG_STATUS_LABELS, r.status),
  },
  { header: 'Từ ngày', width: 13, type: 'date', value: (r) => r.statusSince },
  {
    header: 'Đã chuyển đổi theo Luật HTX 2023',
    width: 14,
    type: 'text',
    value: (r) => yesNo(r.convertedToLaw2023),
  },
  { header: 'Ngày chuyển đổi', width: 13, type: 'date', value: (r) => r.convertedOn },
  {
    header: 'Quy mô',
    width: 10,
    type: 'text',
    value: (r) => label<SizeClass>(SIZE_CLASS_LABELS, r.sizeClass),
  },
  {
    header: 'Thành viên Liên minh',
    width: 22,
    type: 'text',
    value: (r) => MEMBERSHIP_LABELS[membershipOf(r)],
  },
  { header: 'Ngày kết nạp', width: 13, type: 'date', value: (r) => r.allianceMemberSince },
  { header: 'Ngày rút', width: 13, type: 'date', value: (r) => r.allianceMemberUntil },
  { header: 'Mã trên hệ thống quốc gia', width: 18, type: 'text', value: (r) => r.nationalId },
  { header: 'Ghi chú', width: 40, type: 'text', value: (r) => r.notes },
];

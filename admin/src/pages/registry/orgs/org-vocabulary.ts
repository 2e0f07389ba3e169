import type {
  AttachmentKind,
  OrgKind,
  OrgStatus,
  RatingGrade,
  ReportStatus,
  Sector,
  SizeClass,
} from '../../../../../src/modules/registry/registry-enums.dto.ts';
import type { Membership, OrgSort } from '../../../api/registry-orgs-api';

export type { AttachmentKind, OrgKind, OrgStatus, RatingGrade, ReportStatus, Sector, SizeClass };

// The register's vocabulary, copied from registry-enums.dto.ts and orgs.dto.ts: only types cross
// into the console, and a Record keyed by the server's union fails to compile if one is missing.

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  THT: 'Tổ hợp tác',
  HTX: 'Hợp tác xã',
  LHHTX: 'Liên hiệp hợp tác xã',
  QTDND: 'Quỹ tín dụng nhân dân',
  DN: 'Doanh nghiệp thành viên',
};

export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  dang_hoat_dong: 'Đang hoạt động',
  tam_ngung: 'Tạm ngừng hoạt động',
  giai_the: 'Giải thể',
  hinh_thuc: 'Hoạt động hình thức',
  yeu_kem: 'Hoạt động yếu, kém hiệu quả',
};

export const SECTOR_LABELS: Record<Sector, string> = {
  nong_nghiep: 'Nông nghiệp',
  cong_nghiep_tttcn: 'Công nghiệp – tiểu thủ công nghiệp',
  thuong_mai_dich_vu: 'Thương mại – dịch vụ',
  van_tai: 'Vận tải',
  xay_dung: 'Xây dựng',
  tin_dung: 'Tín dụng',
  moi_truong_dien_nuoc: 'Môi trường, điện, nước',
  du_lich: 'Du lịch',
  quan_ly_cho: 'Quản lý chợ',
  thuy_san: 'Thủy sản',
  khac: 'Khác',
};

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  sieu_nho: 'Siêu nhỏ',
  nho: 'Nhỏ',
  vua: 'Vừa',
  lon: 'Lớn',
};

export const RATING_GRADE_LABELS: Record<RatingGrade, string> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
  khong_xep_loai: 'Không xếp loại',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  chua_nop: 'Chưa nộp',
  da_nop: 'Đã nộp',
  da_duyet: 'Đã duyệt',
  tra_lai: 'Trả lại',
};

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  dieu_le: 'Điều lệ',
  giay_chung_nhan: 'Giấy chứng nhận đăng ký',
  khac: 'Khác',
};

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  thanh_vien: 'Thành viên Liên minh',
  chua: 'Chưa là thành viên',
  da_rut: 'Đã rút khỏi Liên minh',
};

/** Columns the server sorts by (ORG_SORTS). */
const SORTS: Record<OrgSort, true> = {
  name: true,
  createdAt: true,
  registeredOn: true,
  kind: true,
  status: true,
};
export const ORG_SORTS = Object.keys(SORTS) as OrgSort[];

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

// antd's preset green/orange/red tags fall short of 4.5:1 text contrast; these darker shades pass.
const GREEN = { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' };
const ORANGE = { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' };
const RED = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
type TagStyle = typeof GREEN | undefined;

export const STATUS_TAG_STYLES: Record<OrgStatus, TagStyle> = {
  dang_hoat_dong: GREEN,
  tam_ngung: ORANGE,
  giai_the: undefined,
  hinh_thuc: ORANGE,
  yeu_kem: RED,
};

export const GRADE_TAG_STYLES: Record<RatingGrade, TagStyle> = {
  tot: GREEN,
  kha: GREEN,
  trung_binh: undefined,
  yeu: RED,
  khong_xep_loai: undefined,
};

export const REPORT_TAG_STYLES: Record<ReportStatus, TagStyle> = {
  chua_nop: undefined,
  da_nop: ORANGE,
  da_duyet: GREEN,
  tra_lai: RED,
};

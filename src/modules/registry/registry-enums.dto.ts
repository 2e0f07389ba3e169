import { z } from 'zod';

/** Shared vocabulary of the register (DOMAIN.md §1); labels are what people read. */

export const ORG_KINDS = ['THT', 'HTX', 'LHHTX', 'QTDND', 'DN'] as const;
export const OrgKind = z.enum(ORG_KINDS, { error: 'Loại hình tổ chức không hợp lệ' });
export type OrgKind = z.infer<typeof OrgKind>;
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  THT: 'Tổ hợp tác',
  HTX: 'Hợp tác xã',
  LHHTX: 'Liên hiệp hợp tác xã',
  QTDND: 'Quỹ tín dụng nhân dân',
  DN: 'Doanh nghiệp thành viên',
};

export const ORG_STATUSES = ['dang_hoat_dong', 'tam_ngung', 'giai_the', 'hinh_thuc', 'yeu_kem'] as const;
export const OrgStatus = z.enum(ORG_STATUSES, { error: 'Tình trạng hoạt động không hợp lệ' });
export type OrgStatus = z.infer<typeof OrgStatus>;
export const ORG_STATUS_LABELS: Record<OrgStatus, string> = {
  dang_hoat_dong: 'Đang hoạt động',
  tam_ngung: 'Tạm ngừng hoạt động',
  giai_the: 'Giải thể',
  hinh_thuc: 'Hoạt động hình thức',
  yeu_kem: 'Hoạt động yếu, kém hiệu quả',
};

export const SECTORS = [
  'nong_nghiep',
  'cong_nghiep_tttcn',
  'thuong_mai_dich_vu',
  'van_tai',
  'xay_dung',
  'tin_dung',
  'moi_truong_dien_nuoc',
  'du_lich',
  'quan_ly_cho',
  'thuy_san',
  'khac',
] as const;
export const Sector = z.enum(SECTORS, { error: 'Lĩnh vực không hợp lệ' });
export type Sector = z.infer<typeof Sector>;
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

export const SIZE_CLASSES = ['sieu_nho', 'nho', 'vua', 'lon'] as const;
export const SizeClass = z.enum(SIZE_CLASSES, { error: 'Quy mô không hợp lệ' });
export type SizeClass = z.infer<typeof SizeClass>;
export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  sieu_nho: 'Siêu nhỏ',
  nho: 'Nhỏ',
  vua: 'Vừa',
  lon: 'Lớn',
};

export const RATING_GRADES = ['tot', 'kha', 'trung_binh', 'yeu', 'khong_xep_loai'] as const;
export const RatingGrade = z.enum(RATING_GRADES, { error: 'Xếp loại không hợp lệ' });
export type RatingGrade = z.infer<typeof RatingGrade>;
export const RATING_GRADE_LABELS: Record<RatingGrade, string> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  yeu: 'Yếu',
  khong_xep_loai: 'Không xếp loại',
};

export const REPORT_STATUSES = ['chua_nop', 'da_nop', 'da_duyet', 'tra_lai'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES, { error: 'Trạng thái báo cáo không hợp lệ' });
export type ReportStatus = z.infer<typeof ReportStatus>;
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  chua_nop: 'Chưa nộp',
  da_nop: 'Đã nộp',
  da_duyet: 'Đã duyệt',
  tra_lai: 'Trả lại',
};

export const ATTACHMENT_KINDS = ['dieu_le', 'giay_chung_nhan', 'khac'] as const;
export const AttachmentKind = z.enum(ATTACHMENT_KINDS, { error: 'Loại tệp đính kèm không hợp lệ' });
export type AttachmentKind = z.infer<typeof AttachmentKind>;
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  dieu_le: 'Điều lệ',
  giay_chung_nhan: 'Giấy chứng nhận đăng ký',
  khac: 'Khác',
};

import { z } from 'zod';
import { OrgKind, ReportStatus, SizeClass } from '../registry-enums.dto.ts';
import { FiguresDto, ReportYear } from './figures.dto.ts';

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ` })
    .trim()
    .max(max, `${label} tối đa ${max} ký tự`);

/**
 * The profile fields a member may propose to change with its yearly report; staff apply them
 * on approval. Only the fields sent are changes; anything else is refused.
 */
export const ProfileChanges = z.strictObject(
  {
    street: text(300, 'Số nhà, đường, thôn').optional(),
    communeCode: z
      .string({ error: 'Mã xã, phường không hợp lệ' })
      .regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số')
      .optional(),
    representativeName: text(120, 'Họ tên người đại diện').optional(),
    representativeTitle: text(120, 'Chức danh người đại diện').optional(),
    publicPhone: z
      .string({ error: 'Số điện thoại không hợp lệ' })
      .trim()
      .regex(
        /^$|^[0-9+(). -]{8,20}$/,
        'Số điện thoại chỉ gồm chữ số, dấu cách, dấu +, (, ), -, . (8–20 ký tự)',
      )
      .optional(),
    publicEmail: text(200, 'Email công khai')
      .toLowerCase()
      .refine((s) => s === '' || z.email().safeParse(s).success, 'Email công khai không hợp lệ')
      .optional(),
    website: text(300, 'Website')
      .refine(
        (s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(s),
        'Website cần bắt đầu bằng http:// hoặc https://',
      )
      .optional(),
    sizeClass: SizeClass.nullable().optional(),
    notes: text(5000, 'Ghi chú').optional(),
  },
  {
    error: 'Chỉ được đề nghị thay đổi địa chỉ, người đại diện, liên hệ công khai, website, quy mô và ghi chú',
  },
);
export type ProfileChanges = z.infer<typeof ProfileChanges>;
export const PROFILE_CHANGE_FIELDS = Object.keys(ProfileChanges.shape) as (keyof ProfileChanges)[];

/** The current values of those fields, for the member to see what it is changing. */
export const ProfileFields = z.object({
  street: z.string(),
  communeCode: z.string().nullable(),
  representativeName: z.string(),
  representativeTitle: z.string(),
  publicPhone: z.string(),
  publicEmail: z.string(),
  website: z.string(),
  sizeClass: SizeClass.nullable(),
  notes: z.string(),
});
export type ProfileFields = z.infer<typeof ProfileFields>;

/** What the member saves with its report (figures go through PUT /orgs/:id/figures/:year). */
export const ReportInput = z.object({ profileChanges: ProfileChanges.nullable() });
export type ReportInput = z.infer<typeof ReportInput>;

export const ReturnReportInput = z.object({
  comment: z
    .string({ error: 'Vui lòng nhập lý do trả lại' })
    .trim()
    .min(1, 'Vui lòng nhập lý do trả lại')
    .max(2000, 'Lý do trả lại tối đa 2000 ký tự'),
});
export type ReturnReportInput = z.infer<typeof ReturnReportInput>;

export const YearParams = z.object({ year: ReportYear });
export type YearParams = z.infer<typeof YearParams>;

/** The day members must have reported year N by. */
export const DeadlineDto = z.object({
  year: z.number().int(),
  /** YYYY-MM-DD, the last day reports are on time. */
  deadline: z.string(),
  /** No row for the year: the default 15/12. */
  isDefault: z.boolean(),
  /** The day is over (Viet Nam time). */
  passed: z.boolean(),
});
export type DeadlineDto = z.infer<typeof DeadlineDto>;

export const DeadlineInput = z.object({
  deadline: z.iso.date({ error: 'Hạn nộp không hợp lệ (định dạng YYYY-MM-DD)' }),
});
export type DeadlineInput = z.infer<typeof DeadlineInput>;

export const ReportDto = z.object({
  orgId: z.uuid(),
  year: z.number().int(),
  status: ReportStatus,
  statusLabel: z.string(),
  profileChanges: ProfileChanges.nullable(),
  /** Staff's reason when the report was returned. */
  comment: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.uuid().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.uuid().nullable(),
  updatedAt: z.string().nullable(),
  deadline: DeadlineDto,
  /** Approved: values and profile changes are locked for the member. */
  locked: z.boolean(),
  /** Whether the person asking may still change figures and profile changes of this report. */
  canEdit: z.boolean(),
});
export type ReportDto = z.infer<typeof ReportDto>;

export const ReportListQuery = z.object({
  year: ReportYear.optional(),
  status: ReportStatus.optional(),
  kind: OrgKind.optional(),
  page: z.coerce
    .number()
    .int()
    .min(1, 'Số trang không hợp lệ')
    .max(100_000, 'Số trang không hợp lệ')
    .default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Số dòng mỗi trang từ 1 đến 200')
    .max(200, 'Số dòng mỗi trang từ 1 đến 200')
    .default(50),
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ReportListItem = z.object({
  orgId: z.uuid(),
  name: z.string(),
  shortName: z.string(),
  kind: OrgKind,
  regCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  status: ReportStatus,
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** Not submitted (or returned and not resubmitted) after the deadline. */
  overdue: z.boolean(),
});
export type ReportListItem = z.infer<typeof ReportListItem>;

export const ReportCounts = z.object({
  chua_nop: z.number().int(),
  da_nop: z.number().int(),
  da_duyet: z.number().int(),
  tra_lai: z.number().int(),
  total: z.number().int(),
});
export type ReportCounts = z.infer<typeof ReportCounts>;

/** Every active organisation with its report state for year N: the list staff chase late reporters with. */
export const ReportListPage = z.object({
  year: z.number().int(),
  deadline: DeadlineDto,
  /** Per state, over the kind filter (not the status filter). */
  counts: ReportCounts,
  items: z.array(ReportListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReportListPage = z.infer<typeof ReportListPage>;

export const MyReportQuery = z.object({ year: ReportYear.optional() });
export type MyReportQuery = z.infer<typeof MyReportQuery>;

/** A member's console page: its organisation, the report for year N and the figures form. */
export const MyReportDto = z.object({
  org: z.object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string(),
    kind: OrgKind,
    profile: ProfileFields,
  }),
  report: ReportDto,
  figures: FiguresDto,
});
export type MyReportDto = z.infer<typeof MyReportDto>;

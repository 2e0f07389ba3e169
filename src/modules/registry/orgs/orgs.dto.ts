import { z } from 'zod';
import { OrgKind, OrgStatus, RatingGrade, ReportStatus, Sector, SizeClass } from '../registry-enums.dto.ts';

/** Whether an organisation belongs to the alliance: kết nạp date set, withdrawal date set, or neither. */
export const MEMBERSHIPS = ['thanh_vien', 'chua', 'da_rut'] as const;
export const Membership = z.enum(MEMBERSHIPS, { error: 'Tình trạng thành viên Liên minh không hợp lệ' });
export type Membership = z.infer<typeof Membership>;
export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  thanh_vien: 'Thành viên Liên minh',
  chua: 'Chưa là thành viên',
  da_rut: 'Đã rút khỏi Liên minh',
};

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ` })
    .trim()
    .max(max, `${label} tối đa ${max} ký tự`);
const optionalText = (max: number, label: string) => text(max, label).default('');
const isoDate = (label: string) =>
  z.iso
    .date({ error: `${label} không hợp lệ (định dạng YYYY-MM-DD)` })
    .nullable()
    .default(null);

/** Mã số HTX / mã số thuế: spaces dropped, upper case ("0101 234 567" → "0101234567"). */
export const REG_CODE_PATTERN = /^[0-9A-Z][0-9A-Z./-]{4,28}[0-9A-Z]$/;
const RegCode = z
  .string({ error: 'Mã số HTX/mã số thuế không hợp lệ' })
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        REG_CODE_PATTERN,
        'Mã số HTX/mã số thuế gồm 6–30 chữ số hoặc chữ cái in hoa (có thể có dấu chấm, gạch ngang, gạch chéo)',
      )
      .refine((s) => (s.match(/\d/g) ?? []).length >= 6, 'Mã số HTX/mã số thuế cần ít nhất 6 chữ số'),
  );

const Phone = z
  .string({ error: 'Số điện thoại không hợp lệ' })
  .trim()
  .regex(/^$|^[0-9+(). -]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu +, (, ), -, . (8–20 ký tự)')
  .default('');
const Email = (label: string) =>
  z
    .string({ error: `${label} không hợp lệ` })
    .trim()
    .toLowerCase()
    .max(200, `${label} tối đa 200 ký tự`)
    .refine((s) => s === '' || z.email().safeParse(s).success, `${label} không hợp lệ`)
    .default('');
const Website = z
  .string({ error: 'Website không hợp lệ' })
  .trim()
  .max(300, 'Website tối đa 300 ký tự')
  .refine(
    (s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(s),
    'Website cần bắt đầu bằng http:// hoặc https://',
  )
  .default('');

/** URL part of the public profile (/hop-tac-xa/<slug>). */
export const OrgSlug = z
  .string({ error: 'Đường dẫn không hợp lệ' })
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang')
  .max(100, 'Đường dẫn tối đa 100 ký tự');

const orgFields = {
  kind: OrgKind,
  name: text(300, 'Tên tổ chức').min(2, 'Vui lòng nhập tên tổ chức (ít nhất 2 ký tự)'),
  shortName: optionalText(120, 'Tên viết tắt'),
  /** Absent on creation: made from the name. Changing it moves the public page. */
  slug: OrgSlug.optional(),
  regCode: RegCode.nullable().default(null),
  registeredOn: isoDate('Ngày đăng ký'),
  registrationAuthority: optionalText(300, 'Cơ quan đăng ký'),
  foundedOn: isoDate('Ngày thành lập'),
  /** Current (post-2025) commune; the province follows from it. */
  communeCode: z
    .string({ error: 'Mã xã, phường không hợp lệ' })
    .regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số')
    .nullable()
    .default(null),
  street: optionalText(300, 'Số nhà, đường, thôn'),
  addressOriginal: optionalText(500, 'Địa chỉ theo hồ sơ gốc'),
  sectorPrimary: Sector.default('khac'),
  sectorsOther: z.array(Sector).max(10, 'Chọn tối đa 10 lĩnh vực khác').default([]),
  representativeName: optionalText(120, 'Họ tên người đại diện'),
  representativeTitle: optionalText(120, 'Chức danh người đại diện'),
  publicPhone: Phone,
  publicEmail: Email('Email công khai'),
  website: Website,
  privateContactName: optionalText(120, 'Người liên hệ nội bộ'),
  privatePhone: Phone,
  privateEmail: Email('Email nội bộ'),
  latitude: z
    .number({ error: 'Vĩ độ phải là số' })
    .min(-90, 'Vĩ độ từ -90 đến 90')
    .max(90, 'Vĩ độ từ -90 đến 90')
    .nullable()
    .default(null),
  longitude: z
    .number({ error: 'Kinh độ phải là số' })
    .min(-180, 'Kinh độ từ -180 đến 180')
    .max(180, 'Kinh độ từ -180 đến 180')
    .nullable()
    .default(null),
  status: OrgStatus.default('dang_hoat_dong'),
  /** The day the current status took effect; required when the status changes. */
  statusSince: isoDate('Ngày bắt đầu tình trạng'),
  convertedToLaw2023: z
    .boolean({ error: 'Giá trị “Đã chuyển đổi theo Luật HTX 2023” không hợp lệ' })
    .default(false),
  convertedOn: isoDate('Ngày chuyển đổi'),
  sizeClass: SizeClass.nullable().default(null),
  allianceMemberSince: isoDate('Ngày kết nạp'),
  allianceMemberUntil: isoDate('Ngày rút khỏi Liên minh'),
  nationalId: z
    .string({ error: 'Mã trên hệ thống quốc gia không hợp lệ' })
    .trim()
    .max(50, 'Mã trên hệ thống quốc gia tối đa 50 ký tự')
    .transform((s) => s || null)
    .nullable()
    .default(null),
  notes: optionalText(5000, 'Ghi chú'),
};

type OrgFieldValues = z.infer<z.ZodObject<typeof orgFields>>;

/** Rules across fields, shared by create and update. */
function checkOrg(v: OrgFieldValues, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.kind !== 'THT' && !v.regCode) {
    issue('regCode', 'Vui lòng nhập mã số HTX/mã số thuế (chỉ tổ hợp tác được để trống)');
  }
  if ((v.latitude === null) !== (v.longitude === null)) {
    issue(v.latitude === null ? 'latitude' : 'longitude', 'Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai');
  }
  if (v.sectorsOther.includes(v.sectorPrimary)) {
    issue('sectorsOther', 'Lĩnh vực khác không được trùng lĩnh vực chính');
  } else if (new Set(v.sectorsOther).size !== v.sectorsOther.length) {
    issue('sectorsOther', 'Mỗi lĩnh vực chỉ chọn một lần');
  }
  if (v.convertedOn && !v.convertedToLaw2023) {
    issue('convertedOn', 'Chỉ nhập ngày chuyển đổi khi đã chuyển đổi theo Luật HTX 2023');
  }
  if (v.allianceMemberUntil && !v.allianceMemberSince) {
    issue('allianceMemberSince', 'Vui lòng nhập ngày kết nạp trước khi nhập ngày rút');
  }
  if (v.allianceMemberSince && v.allianceMemberUntil && v.allianceMemberUntil < v.allianceMemberSince) {
    issue('allianceMemberUntil', 'Ngày rút không được trước ngày kết nạp');
  }
  if (v.foundedOn && v.registeredOn && v.registeredOn < v.foundedOn) {
    issue('registeredOn', 'Ngày đăng ký không được trước ngày thành lập');
  }
}

/** What staff enter to create an organisation. */
export const OrgInput = z.object(orgFields).superRefine(checkOrg);
export type OrgInput = z.infer<typeof OrgInput>;
/** The shape a form sends (defaults not yet applied). */
export type OrgFormValues = z.input<typeof OrgInput>;

/** An edit: the whole record plus the version it was read at (optimistic locking). */
export const OrgUpdateInput = z
  .object({
    ...orgFields,
    version: z.number({ error: 'Thiếu phiên bản bản ghi' }).int().min(1, 'Phiên bản bản ghi không hợp lệ'),
  })
  .superRefine(checkOrg);
export type OrgUpdateInput = z.infer<typeof OrgUpdateInput>;

export const RatingBrief = z.object({
  year: z.number().int(),
  grade: RatingGrade,
  score: z.number().nullable(),
});
export type RatingBrief = z.infer<typeof RatingBrief>;

/** A list row of the staff console. */
export const OrgSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: OrgKind,
  name: z.string(),
  shortName: z.string(),
  regCode: z.string().nullable(),
  registeredOn: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  provinceName: z.string().nullable(),
  sectorPrimary: Sector,
  representativeName: z.string(),
  status: OrgStatus,
  membership: Membership,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgSummary = z.infer<typeof OrgSummary>;

/** The staff view of one organisation, private contacts included. */
export const OrgDto = OrgSummary.extend({
  registrationAuthority: z.string(),
  foundedOn: z.string().nullable(),
  provinceCode: z.string().nullable(),
  street: z.string(),
  addressOriginal: z.string(),
  sectorsOther: z.array(Sector),
  representativeTitle: z.string(),
  publicPhone: z.string(),
  publicEmail: z.string(),
  website: z.string(),
  privateContactName: z.string(),
  privatePhone: z.string(),
  privateEmail: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  statusSince: z.string().nullable(),
  convertedToLaw2023: z.boolean(),
  convertedOn: z.string().nullable(),
  sizeClass: SizeClass.nullable(),
  allianceMemberSince: z.string().nullable(),
  allianceMemberUntil: z.string().nullable(),
  nationalId: z.string().nullable(),
  notes: z.string(),
  /** The public profile. */
  url: z.string(),
  version: z.number().int(),
  /** The most recent year with a rating. */
  latestRating: RatingBrief.nullable(),
});
export type OrgDto = z.infer<typeof OrgDto>;

// Query strings repeat a key (?kind=HTX&kind=THT) or join values with commas (?kind=HTX,THT).
const manyOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      v === undefined || v === ''
        ? undefined
        : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter(Boolean),
    z.array(item).max(20).optional(),
  );
const year = (label: string) =>
  z.coerce
    .number({ error: `${label} không hợp lệ` })
    .int(`${label} không hợp lệ`)
    .min(1990, `${label} không hợp lệ`)
    .max(2100, `${label} không hợp lệ`);

export const ORG_SORTS = ['name', 'createdAt', 'registeredOn', 'kind', 'status'] as const;
export const OrgSort = z.enum(ORG_SORTS, { error: 'Cách sắp xếp không hợp lệ' });
export type OrgSort = z.infer<typeof OrgSort>;

const filterFields = {
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự').optional(),
  kind: manyOf(OrgKind),
  sector: Sector.optional(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số')
    .optional(),
  status: manyOf(OrgStatus),
  rating: RatingGrade.optional(),
  ratingYear: year('Năm xếp loại').optional(),
  membership: Membership.optional(),
  /**
   * With reportStatus: organisations whose report for that year is in that state (chua_nop
   * includes those with no report). Alone: those that submitted (đã nộp or đã duyệt).
   */
  reportedYear: year('Năm báo cáo').optional(),
  reportStatus: ReportStatus.optional(),
  sort: OrgSort.default('name'),
  direction: z.enum(['asc', 'desc'], { error: 'Chiều sắp xếp không hợp lệ' }).default('asc'),
};

function checkFilter(
  v: { rating?: unknown; ratingYear?: unknown; reportStatus?: unknown; reportedYear?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (v.rating && !v.ratingYear) {
    ctx.addIssue({ code: 'custom', path: ['ratingYear'], message: 'Vui lòng chọn năm xếp loại' });
  }
  if (v.reportStatus && !v.reportedYear) {
    ctx.addIssue({ code: 'custom', path: ['reportedYear'], message: 'Vui lòng chọn năm báo cáo' });
  }
}

/** The filters of the list and of the export (they always agree). */
export const OrgFilter = z.object(filterFields).superRefine(checkFilter);
export type OrgFilter = z.infer<typeof OrgFilter>;

export const ORG_PAGE_SIZE_MAX = 100;

export const OrgListQuery = z
  .object({
    ...filterFields,
    page: z.coerce
      .number()
      .int()
      .min(1, 'Số trang không hợp lệ')
      .max(100_000, 'Số trang không hợp lệ')
      .default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1, 'Số dòng mỗi trang từ 1 đến 100')
      .max(ORG_PAGE_SIZE_MAX, 'Số dòng mỗi trang từ 1 đến 100')
      .default(20),
  })
  .superRefine(checkFilter);
export type OrgListQuery = z.infer<typeof OrgListQuery>;

export const OrgListPage = z.object({
  items: z.array(OrgSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OrgListPage = z.infer<typeof OrgListPage>;

import { z } from 'zod';

/** Organisation fields a spreadsheet column can fill (yearly figures are `fig:<indicator code>`). */
export const ORG_IMPORT_FIELDS = [
  'name',
  'kind',
  'shortName',
  'regCode',
  'registeredOn',
  'registrationAuthority',
  'foundedOn',
  'address',
  'sectorPrimary',
  'sectorsOther',
  'status',
  'sizeClass',
  'representativeName',
  'representativeTitle',
  'publicPhone',
  'publicEmail',
  'website',
  'allianceMemberSince',
  'notes',
] as const;
export type OrgImportField = (typeof ORG_IMPORT_FIELDS)[number];

/** Column headers of the template and the names shown in the mapping screen. */
export const ORG_IMPORT_FIELD_LABELS: Record<OrgImportField, string> = {
  name: 'Tên tổ chức',
  kind: 'Loại hình',
  shortName: 'Tên viết tắt',
  regCode: 'Mã số HTX/Mã số thuế',
  registeredOn: 'Ngày đăng ký',
  registrationAuthority: 'Cơ quan đăng ký',
  foundedOn: 'Ngày thành lập',
  address: 'Địa chỉ',
  sectorPrimary: 'Ngành nghề/Lĩnh vực',
  sectorsOther: 'Lĩnh vực khác',
  status: 'Tình trạng',
  sizeClass: 'Quy mô',
  representativeName: 'Người đại diện',
  representativeTitle: 'Chức vụ người đại diện',
  publicPhone: 'Điện thoại',
  publicEmail: 'Email',
  website: 'Website',
  allianceMemberSince: 'Ngày kết nạp Liên minh',
  notes: 'Ghi chú',
};

export const FIGURE_FIELD_PREFIX = 'fig:';
export const ImportField = z.union(
  [z.enum(ORG_IMPORT_FIELDS), z.string().regex(/^fig:[a-z][a-z0-9_]{0,62}$/)],
  { error: 'Trường dữ liệu không hợp lệ' },
);
export type ImportField = z.infer<typeof ImportField>;

/** Money written in a column: the header's unit multiplies the numbers into đồng. */
export const MONEY_UNITS = ['dong', 'nghin', 'trieu', 'ty'] as const;
export const MoneyUnit = z.enum(MONEY_UNITS, { error: 'Đơn vị tiền không hợp lệ' });
export type MoneyUnit = z.infer<typeof MoneyUnit>;
export const MONEY_UNIT_LABELS: Record<MoneyUnit, string> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};

export const IMPORT_STATUSES = [
  'uploaded',
  'needs_sheet',
  'previewing',
  'previewed',
  'committing',
  'committed',
  'failed',
] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  uploaded: 'Đã tải lên',
  needs_sheet: 'Cần chọn trang tính',
  previewing: 'Đang kiểm tra',
  previewed: 'Đã kiểm tra',
  committing: 'Đang ghi vào sổ',
  committed: 'Đã nhập',
  failed: 'Lỗi',
};

export const MappingColumn = z.object({
  /** Column letter in the sheet ("C"). */
  column: z.string(),
  header: z.string(),
  field: ImportField.nullable(),
  /** Money columns only: the unit their numbers are written in. */
  unit: MoneyUnit.nullable(),
});
export type MappingColumn = z.infer<typeof MappingColumn>;

export const ImportMapping = z.object({
  /** Row number of the header in the sheet (title rows above it are skipped). */
  headerRow: z.number().int().min(1),
  columns: z.array(MappingColumn),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

const ColumnLetter = z.string().regex(/^[A-Z]{1,3}$/, 'Cột không hợp lệ (ví dụ: C)');
const Year = z
  .number({ error: 'Năm số liệu phải là số' })
  .int('Năm số liệu phải là số nguyên')
  .min(1990, 'Năm số liệu từ 1990 đến 2100')
  .max(2100, 'Năm số liệu từ 1990 đến 2100');

/** Changes to the automatic mapping: only the listed columns change. */
export const MappingUpdate = z.object({
  year: Year.optional(),
  columns: z
    .array(
      z.object({
        column: ColumnLetter,
        field: ImportField.nullable(),
        unit: MoneyUnit.nullable().optional(),
      }),
    )
    .max(500, 'Tối đa 500 cột')
    .default([]),
});
export type MappingUpdate = z.infer<typeof MappingUpdate>;

export const SheetChoice = z.object({
  sheet: z.string().trim().min(1, 'Vui lòng chọn trang tính').max(200, 'Tên trang tính tối đa 200 ký tự'),
});
export type SheetChoice = z.infer<typeof SheetChoice>;

/** Row number → chosen commune code (null: leave the commune empty). */
export const ChoicesInput = z.record(
  z.string().regex(/^\d{1,7}$/, 'Số dòng không hợp lệ'),
  z
    .string()
    .regex(/^\d{1,10}$/, 'Mã xã/phường không hợp lệ')
    .nullable(),
);
export type ChoicesInput = z.infer<typeof ChoicesInput>;

export const ImportCounts = z.object({
  /** Data rows read from the sheet (empty rows aside). */
  total: z.number().int(),
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Rows carrying at least one warning. */
  warnings: z.number().int(),
  /** Rows whose address needs the user to pick a commune. */
  pendingChoices: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const IssueSeverity = z.enum(['error', 'warning']);
export type IssueSeverity = z.infer<typeof IssueSeverity>;

export const ImportIssue = z.object({
  rowNumber: z.number().int(),
  /** Column letter, null for a problem of the whole row (a duplicate). */
  column: z.string().nullable(),
  /** What the column holds, in Vietnamese ("Vốn điều lệ"). */
  field: z.string().nullable(),
  value: z.string(),
  message: z.string(),
  severity: IssueSeverity,
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const AddressCandidate = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  /** The pre-2025 commune it comes from ("Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình"). */
  legacy: z.string().nullable(),
});
export type AddressCandidate = z.infer<typeof AddressCandidate>;

export const ADDRESS_STATES = ['matched', 'low_confidence', 'ambiguous', 'not_found', 'chosen'] as const;
export const AddressState = z.enum(ADDRESS_STATES);
export type AddressState = z.infer<typeof AddressState>;

export const PreviewAddress = z.object({
  text: z.string(),
  state: AddressState,
  confidence: z.number(),
  commune: AddressCandidate.nullable(),
  /** Where the user may choose (ambiguous or not sure). */
  alternatives: z.array(AddressCandidate),
});
export type PreviewAddress = z.infer<typeof PreviewAddress>;

export const ROW_OUTCOMES = ['new', 'update', 'unchanged', 'rejected'] as const;
export const RowOutcome = z.enum(ROW_OUTCOMES);
export type RowOutcome = z.infer<typeof RowOutcome>;

export const PreviewRow = z.object({
  rowNumber: z.number().int(),
  outcome: RowOutcome,
  name: z.string(),
  regCode: z.string().nullable(),
  /** The organisation in the register this row updates. */
  orgId: z.uuid().nullable(),
  /** Labels of the fields and figures an update changes. */
  changes: z.array(z.string()),
  address: PreviewAddress.nullable(),
  issues: z.array(ImportIssue),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const PREVIEW_FILTERS = ['all', 'issues', 'choices', ...ROW_OUTCOMES] as const;
export const PreviewQuery = z.object({
  filter: z.enum(PREVIEW_FILTERS, { error: 'Bộ lọc không hợp lệ' }).default('all'),
  page: z.coerce.number().int().min(1, 'Trang từ 1 trở lên').max(10_000, 'Trang tối đa 10.000').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Mỗi trang từ 1 đến 200 dòng')
    .max(200, 'Mỗi trang từ 1 đến 200 dòng')
    .default(50),
});
export type PreviewQuery = z.infer<typeof PreviewQuery>;

export const PreviewPage = z.object({ total: z.number().int(), items: z.array(PreviewRow) });
export type PreviewPage = z.infer<typeof PreviewPage>;

export const ImportDto = z.object({
  id: z.uuid(),
  fileName: z.string(),
  sheetName: z.string().nullable(),
  /** Sheets holding data, to choose from when status is needs_sheet. */
  sheets: z.array(z.string()),
  status: ImportStatus,
  /** 0–100 while previewing or committing. */
  progress: z.number().int(),
  year: z.number().int().nullable(),
  mapping: ImportMapping.nullable(),
  /** Headers of columns nobody maps: their values are not imported. */
  ignoredColumns: z.array(z.object({ column: z.string(), header: z.string() })),
  counts: ImportCounts.nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  committedAt: z.iso.datetime().nullable(),
});
export type ImportDto = z.infer<typeof ImportDto>;

export const ImportSummary = ImportDto.omit({ mapping: true, ignoredColumns: true, sheets: true });
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportListQuery = z.object({
  page: z.coerce.number().int().min(1, 'Trang từ 1 trở lên').max(10_000, 'Trang tối đa 10.000').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Mỗi trang từ 1 đến 100 dòng')
    .max(100, 'Mỗi trang từ 1 đến 100 dòng')
    .default(20),
});
export type ImportListQuery = z.infer<typeof ImportListQuery>;

export const ImportList = z.object({ total: z.number().int(), items: z.array(ImportSummary) });
export type ImportList = z.infer<typeof ImportList>;

import { z } from 'zod';

/** Where the numbers come from: the signed-in alliance, or (national alliance only) every one. */
export const STATS_SCOPES = ['tenant', 'all'] as const;
export const StatsScope = z.enum(STATS_SCOPES, { error: 'Phạm vi thống kê không hợp lệ' });
export type StatsScope = z.infer<typeof StatsScope>;

export const MIN_STATS_YEAR = 1990;
export const MAX_STATS_YEAR = 2100;
export const DEFAULT_TOP_COMMUNES = 10;

export const RegistryStatsQuery = z.object({
  /** The year counted; the current year in Viet Nam when absent. */
  year: z.coerce
    .number({ error: 'Năm thống kê phải là số' })
    .int('Năm thống kê phải là số nguyên')
    .min(MIN_STATS_YEAR, `Năm thống kê từ ${MIN_STATS_YEAR} đến ${MAX_STATS_YEAR}`)
    .max(MAX_STATS_YEAR, `Năm thống kê từ ${MIN_STATS_YEAR} đến ${MAX_STATS_YEAR}`)
    .optional(),
  scope: StatsScope.default('tenant'),
  /** How many communes the commune chart names before "Các xã, phường khác". */
  top: z.coerce
    .number({ error: 'Số xã, phường hiển thị phải là số' })
    .int('Số xã, phường hiển thị phải là số nguyên')
    .min(1, 'Số xã, phường hiển thị từ 1 đến 50')
    .max(50, 'Số xã, phường hiển thị từ 1 đến 50')
    .default(DEFAULT_TOP_COMMUNES),
});
export type RegistryStatsQuery = z.infer<typeof RegistryStatsQuery>;

/** One bar of a chart: a stable key (enum value, commune code…), what people read, the count. */
export const StatsCount = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
});
export type StatsCount = z.infer<typeof StatsCount>;

/** New organisations of one kind: founded (registered when no founding date) in the year and the year before. */
export const NewOrgsRow = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  previous: z.number().int(),
});
export type NewOrgsRow = z.infer<typeof NewOrgsRow>;

/**
 * Sum of one indicator over the organisations that reported it for the year. A comparison with
 * another year is a second request: one year keeps the national sum to one index range per tenant.
 */
export const FigureTotal = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  total: z.number(),
  /** How many organisations reported a value. */
  reporting: z.number().int(),
});
export type FigureTotal = z.infer<typeof FigureTotal>;

export const RegistryStats = z.object({
  year: z.number().int(),
  scope: StatsScope,
  /** Organisations that existed during the year (founded by its end, not dissolved before it, not merged). */
  total: z.number().int(),
  byKind: z.array(StatsCount),
  bySector: z.array(StatsCount),
  /** Status at the end of the year (from the status history when it changed since). */
  byStatus: z.array(StatsCount),
  /** The most populated communes, then "khac" (the rest) and "chua_xac_dinh" (no commune). */
  byCommune: z.array(StatsCount),
  byProvince: z.array(StatsCount),
  /** Grades of the year; "chua_danh_gia": cooperatives, unions and credit funds without one. */
  byRating: z.array(StatsCount),
  /** Alliance membership at the end of the year. */
  byMembership: z.array(StatsCount),
  /** Scope "all" only: organisations per alliance. */
  byTenant: z.array(StatsCount),
  newOrgs: z.object({
    rows: z.array(NewOrgsRow),
    count: z.number().int(),
    previous: z.number().int(),
  }),
  figures: z.array(FigureTotal),
});
export type RegistryStats = z.infer<typeof RegistryStats>;

/** Every chart of the dashboard; each one downloads as .xlsx under its key. */
export const STATS_CHARTS = [
  'kind',
  'sector',
  'status',
  'commune',
  'province',
  'rating',
  'membership',
  'tenant',
  'new-orgs',
  'figures',
] as const;
export const StatsChart = z.enum(STATS_CHARTS, { error: 'Biểu đồ không tồn tại' });
export type StatsChart = z.infer<typeof StatsChart>;

export const STATS_CHART_TITLES: Record<StatsChart, string> = {
  kind: 'Theo loại hình',
  sector: 'Theo ngành, lĩnh vực',
  status: 'Theo tình trạng hoạt động',
  commune: 'Theo xã, phường',
  province: 'Theo tỉnh, thành phố',
  rating: 'Theo kết quả xếp loại',
  membership: 'Theo thành viên Liên minh',
  tenant: 'Theo Liên minh tỉnh, thành phố',
  'new-orgs': 'Thành lập mới',
  figures: 'Tổng hợp chỉ tiêu',
};

export const StatsChartParams = z.object({ chart: StatsChart });
export type StatsChartParams = z.infer<typeof StatsChartParams>;

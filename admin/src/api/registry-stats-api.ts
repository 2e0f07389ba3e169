import type {
  FigureTotal,
  NewOrgsRow,
  RegistryStats,
  StatsChart,
  StatsCount,
  StatsScope,
} from '../../../src/modules/registry/stats/registry-stats.dto.ts';
import type { TenantDto } from '../../../src/modules/tenants/tenants.dto.ts';
import { api } from './client';

export type { FigureTotal, NewOrgsRow, RegistryStats, StatsChart, StatsCount, StatsScope };

export interface RegistryStatsParams {
  year: number;
  scope: StatsScope;
  top?: number;
}

export const registryStatsKey = (...parts: unknown[]) => ['registry-stats', ...parts];

export function getRegistryStats(params: RegistryStatsParams, signal?: AbortSignal) {
  return api<RegistryStats>('/registry/stats', { query: { ...params }, signal });
}

/** Address of one chart's data as .xlsx (downloaded with the session cookie). */
export const statsChartXlsxPath = (chart: StatsChart) => `/registry/stats/${chart}.xlsx`;

// Copied from the dto (types only cross into the console); the Record catches a missing chart.
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

/** The signed-in alliance; `isNational` decides whether the "Toàn quốc" scope is offered. */
export function getOwnTenant(signal?: AbortSignal) {
  return api<Pick<TenantDto, 'id' | 'name' | 'isNational'>>('/tenant', { signal });
}

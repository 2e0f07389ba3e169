import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { compareVi, vietnamWallTime } from '../../../lib/vi/index.ts';
import { getTenant, listTenants } from '../../tenants/tenants.service.ts';
import { describeCommunes, describeProvinces } from '../directory/directory.service.ts';
import { assertRegistryReader } from '../org-access.ts';
import { MEMBERSHIP_LABELS, MEMBERSHIPS } from '../orgs/orgs.dto.ts';
import {
  ORG_KIND_LABELS,
  ORG_KINDS,
  ORG_STATUS_LABELS,
  ORG_STATUSES,
  RATING_GRADE_LABELS,
  RATING_GRADES,
  SECTOR_LABELS,
  SECTORS,
} from '../registry-enums.dto.ts';
import type {
  FigureTotal,
  NewOrgsRow,
  RegistryStats,
  RegistryStatsQuery,
  StatsChart,
  StatsCount,
} from './registry-stats.dto.ts';
import * as repo from './registry-stats.repo.ts';
import { chartFileName, chartTable, chartWorkbook } from './registry-stats-xlsx.ts';

/**
 * Indicators the dashboard totals: members, workers, capital, assets, revenue, profit (an average
 * such as thu_nhap_binh_quan does not add up).
 */
export const TOTALLED_INDICATORS = [
  'tv_chinh_thuc',
  'lao_dong',
  'von_dieu_le',
  'tong_tai_san',
  'doanh_thu',
  'loi_nhuan_truoc_thue',
] as const;

const NOT_RATED = { key: 'chua_danh_gia', label: 'Chưa đánh giá' };
const OTHER_COMMUNES = { key: 'khac', label: 'Các xã, phường khác' };
const NO_PLACE = { key: 'chua_xac_dinh', label: 'Chưa xác định địa bàn' };

type Counts = Map<string | null, number>;

/**
 * Every known value in the vocabulary's order (zeros included, so a chart keeps its bars from
 * year to year), then any value the vocabulary does not know under its raw key.
 */
function inOrder(counts: Counts, keys: readonly string[], label: (k: string) => string): StatsCount[] {
  const known = keys.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 }));
  const unknown = [...counts.entries()]
    .filter((e): e is [string, number] => e[0] !== null && !keys.includes(e[0]))
    .map(([key, count]) => ({ key, label: key, count }));
  return [...known, ...unknown];
}

const byCountThenLabel = (a: StatsCount, b: StatsCount) => b.count - a.count || compareVi(a.label, b.label);

/** The tenants counted: the reader's own, or every one for a reader of the national alliance. */
async function tenantsInScope(ctx: Ctx, q: RegistryStatsQuery): Promise<{ id: string; name: string }[]> {
  if (q.scope === 'tenant') return [{ id: ctx.tenantId, name: '' }];
  const own = await getTenant(ctx);
  if (!own.isNational) {
    throw new AppError('FORBIDDEN', {
      message: 'Chỉ Liên minh Hợp tác xã Việt Nam được xem số liệu của tất cả các Liên minh.',
    });
  }
  return (await listTenants(ctx)).map((t) => ({ id: t.id, name: t.name }));
}

async function communeChart(ctx: Ctx, counts: Counts, top: number, withProvince: boolean) {
  const named = [...counts.entries()]
    .filter((e): e is [string, number] => e[0] !== null)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = named.slice(0, top);
  const places = await describeCommunes(
    ctx,
    shown.map(([code]) => code),
  );
  const rows: StatsCount[] = shown.map(([code, count]) => {
    const place = places.get(code);
    const label = place ? (withProvince ? `${place.name}, ${place.provinceName}` : place.name) : code;
    return { key: code, label, count };
  });
  const rest = named.slice(top).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) rows.push({ ...OTHER_COMMUNES, count: rest });
  const unplaced = counts.get(null) ?? 0;
  if (unplaced > 0) rows.push({ ...NO_PLACE, count: unplaced });
  return rows;
}

async function provinceChart(ctx: Ctx, counts: Counts): Promise<StatsCount[]> {
  const codes = [...counts.keys()].filter((c): c is string => c !== null);
  const names = await describeProvinces(ctx, codes);
  const rows = codes
    .map((code) => ({ key: code, label: names.get(code) ?? code, count: counts.get(code) ?? 0 }))
    .sort(byCountThenLabel);
  const unplaced = counts.get(null) ?? 0;
  return unplaced > 0 ? [...rows, { ...NO_PLACE, count: unplaced }] : rows;
}

function newOrgsChart(rows: repo.NewOrgsCountRow[], year: number): RegistryStats['newOrgs'] {
  const count = (kind: string, y: number) =>
    rows.filter((r) => r.kind === kind && r.year === y).reduce((sum, r) => sum + r.n, 0);
  const kinds = [...new Set([...ORG_KINDS, ...rows.map((r) => r.kind)])];
  const perKind: NewOrgsRow[] = kinds.map((kind) => ({
    key: kind,
    label: ORG_KIND_LABELS[kind as keyof typeof ORG_KIND_LABELS] ?? kind,
    count: count(kind, year),
    previous: count(kind, year - 1),
  }));
  return {
    rows: perKind,
    count: perKind.reduce((sum, r) => sum + r.count, 0),
    previous: perKind.reduce((sum, r) => sum + r.previous, 0),
  };
}

function figuresChart(rows: repo.FigureTotalRow[]): FigureTotal[] {
  return rows.map((r) => ({
    code: r.code,
    label: r.name,
    unit: r.unit,
    total: Number(r.total ?? 0),
    reporting: r.n,
  }));
}

/**
 * The registry dashboard of a year: who may read it (quan_tri, can_bo, lanh_dao), over the own
 * alliance or — for the national alliance only — all of them. Three aggregate statements.
 */
export async function getRegistryStats(ctx: Ctx, q: RegistryStatsQuery, now: Date): Promise<RegistryStats> {
  assertRegistryReader(ctx);
  const year = q.year ?? vietnamWallTime(now).year;
  const tenants = await tenantsInScope(ctx, q);
  const window: repo.StatsWindow = { tenantIds: tenants.map((t) => t.id), year };
  const [dims, news, figures] = await Promise.all([
    repo.countByDimensions(ctx.db, window),
    repo.countNewOrgs(ctx.db, window),
    repo.sumFigures(ctx.db, window, TOTALLED_INDICATORS),
  ]);
  const counts = (dim: repo.StatsDimension): Counts =>
    new Map(dims.filter((d) => d.dim === dim).map((d) => [d.key, d.n]));
  const rating = counts('rating');
  rating.delete(null);
  const tenantNames = new Map(tenants.map((t) => [t.id, t.name]));
  const [byCommune, byProvince] = await Promise.all([
    communeChart(ctx, counts('commune'), q.top, q.scope === 'all'),
    provinceChart(ctx, counts('province')),
  ]);
  return {
    year,
    scope: q.scope,
    total: counts('total').get(null) ?? 0,
    byKind: inOrder(counts('kind'), ORG_KINDS, (k) => ORG_KIND_LABELS[k as keyof typeof ORG_KIND_LABELS]),
    bySector: inOrder(counts('sector'), SECTORS, (k) => SECTOR_LABELS[k as keyof typeof SECTOR_LABELS]),
    byStatus: inOrder(
      counts('status'),
      ORG_STATUSES,
      (k) => ORG_STATUS_LABELS[k as keyof typeof ORG_STATUS_LABELS],
    ),
    byCommune,
    byProvince,
    byRating: inOrder(rating, [...RATING_GRADES, NOT_RATED.key], (k) =>
      k === NOT_RATED.key ? NOT_RATED.label : RATING_GRADE_LABELS[k as keyof typeof RATING_GRADE_LABELS],
    ),
    byMembership: inOrder(
      counts('membership'),
      MEMBERSHIPS,
      (k) => MEMBERSHIP_LABELS[k as keyof typeof MEMBERSHIP_LABELS],
    ),
    byTenant:
      q.scope === 'all'
        ? [...counts('tenant').entries()]
            .map(([id, count]) => ({ key: id ?? '', label: tenantNames.get(id ?? '') ?? '', count }))
            .sort(byCountThenLabel)
        : [],
    newOrgs: newOrgsChart(news, year),
    figures: figuresChart(figures),
  };
}

/** One chart's data of the dashboard as an .xlsx download. */
export async function getRegistryStatsChartXlsx(
  ctx: Ctx,
  chart: StatsChart,
  q: RegistryStatsQuery,
  now: Date,
): Promise<{ fileName: string; body: Buffer }> {
  const stats = await getRegistryStats(ctx, q, now);
  return { fileName: chartFileName(chart, stats.year), body: await chartWorkbook(chartTable(stats, chart)) };
}

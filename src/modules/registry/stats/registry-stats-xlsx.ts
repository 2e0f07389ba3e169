import ExcelJS from 'exceljs';
import {
  type RegistryStats,
  STATS_CHART_TITLES,
  type StatsChart,
  type StatsCount,
} from './registry-stats.dto.ts';

export type Cell = string | number;

/** The table behind a chart: what the dashboard's table view shows and the .xlsx holds. */
export interface ChartTable {
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Columns (0-based) holding numbers, formatted with thousands separators. */
  numberColumns: number[];
}

const COUNT_HEADERS: Record<Exclude<StatsChart, 'new-orgs' | 'figures'>, string> = {
  kind: 'Loại hình',
  sector: 'Ngành, lĩnh vực',
  status: 'Tình trạng hoạt động',
  commune: 'Xã, phường',
  province: 'Tỉnh, thành phố',
  rating: 'Xếp loại',
  membership: 'Thành viên Liên minh',
  tenant: 'Liên minh',
};

const TOTAL_LABEL = 'Tổng cộng';

function countTable(title: string, header: string, items: readonly StatsCount[]): ChartTable {
  const total = items.reduce((sum, i) => sum + i.count, 0);
  return {
    title,
    headers: [header, 'Số tổ chức'],
    rows: [...items.map((i) => [i.label, i.count]), [TOTAL_LABEL, total]],
    numberColumns: [1],
  };
}

function countsOf(stats: RegistryStats, chart: keyof typeof COUNT_HEADERS): StatsCount[] {
  switch (chart) {
    case 'kind':
      return stats.byKind;
    case 'sector':
      return stats.bySector;
    case 'status':
      return stats.byStatus;
    case 'commune':
      return stats.byCommune;
    case 'province':
      return stats.byProvince;
    case 'rating':
      return stats.byRating;
    case 'membership':
      return stats.byMembership;
    case 'tenant':
      return stats.byTenant;
  }
}

/** One chart of the dashboard as a table with Vietnamese headers and a total row where sums make sense. */
export function chartTable(stats: RegistryStats, chart: StatsChart): ChartTable {
  const title = `${STATS_CHART_TITLES[chart]} — năm ${stats.year}`;
  const y = stats.year;
  if (chart === 'new-orgs') {
    const { rows, count, previous } = stats.newOrgs;
    return {
      title,
      headers: ['Loại hình', `Năm ${y}`, `Năm ${y - 1}`, 'Tăng (+), giảm (−)'],
      rows: [
        ...rows.map((r) => [r.label, r.count, r.previous, r.count - r.previous]),
        [TOTAL_LABEL, count, previous, count - previous],
      ],
      numberColumns: [1, 2, 3],
    };
  }
  if (chart === 'figures') {
    return {
      title,
      headers: ['Chỉ tiêu', 'Đơn vị tính', `Tổng năm ${y}`, 'Số tổ chức báo cáo'],
      rows: stats.figures.map((f) => [f.label, f.unit, f.total, f.reporting]),
      numberColumns: [2, 3],
    };
  }
  return countTable(title, COUNT_HEADERS[chart], countsOf(stats, chart));
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** A chart's table as .xlsx: bold frozen header row, numbers as numbers ("#,##0"), totals in bold. */
export async function chartWorkbook(table: ChartTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hợp Tác';
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    key: `c${i}`,
    width: i === 0 ? 40 : Math.max(14, header.length + 2),
    style: table.numberColumns.includes(i) ? { numFmt: '#,##0' } : {},
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row);
    if (row[0] === TOTAL_LABEL) added.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "thong-ke-kind-2025.xlsx" */
export const chartFileName = (chart: StatsChart, year: number) => `thong-ke-${chart}-${year}.xlsx`;

import { Table, Typography } from 'antd';
import { lazy } from 'react';
import type { NewOrgsRow, StatsCount } from '../../../api/registry-stats-api';
import { formatChange, formatMoney, formatNumber } from '../orgs/org-format';
import { changeOf, type FigureComparison } from './figure-comparison';

// ECharts is most of this page's weight: the cards and tables show while it loads.
const BarChart = lazy(() => import('../../../components/charts/bar-chart'));

const BLUE = '#0958d9';
const ORANGE = '#d46b08';
const GREY = '#8c8c8c';

/** Height of a chart of horizontal bars: room for each category's label and bars, at least a usable box. */
export const chartHeight = (categories: number, series = 1) =>
  Math.max(200, categories * (20 * series + 14) + (series > 1 ? 70 : 40));

const percentOf = (count: number, total: number) => (total > 0 ? (count / total) * 100 : 0);

/** What a screen reader hears instead of the drawing; the table view holds the same figures. */
function countsLabel(title: string, rows: StatsCount[]): string {
  const parts = rows.filter((r) => r.count > 0).map((r) => `${r.label}: ${formatNumber(r.count)}`);
  return `Biểu đồ cột số tổ chức ${title.toLowerCase()}. ${parts.join('; ') || 'Chưa có dữ liệu'}.`;
}

// Horizontal bars throughout: category names (sectors, communes, statuses) are long and read in full.
export function CountsChart({ title, rows }: { title: string; rows: StatsCount[] }) {
  return (
    <BarChart
      label={countsLabel(title, rows)}
      categories={rows.map((r) => r.label)}
      series={[{ name: 'Số tổ chức', values: rows.map((r) => r.count), color: BLUE }]}
      horizontal
      height={chartHeight(rows.length)}
      formatValue={formatNumber}
    />
  );
}

export function CountsTable({ rows, groupTitle }: { rows: StatsCount[]; groupTitle: string }) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Table<StatsCount>
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: groupTitle, dataIndex: 'label' },
        { title: 'Số tổ chức', dataIndex: 'count', align: 'right', render: formatNumber },
        {
          title: 'Tỷ lệ',
          key: 'share',
          align: 'right',
          render: (_, r) => `${formatNumber(Math.round(percentOf(r.count, total) * 10) / 10)} %`,
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>Cộng</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{formatNumber(total)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {total > 0 ? '100 %' : '—'}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function NewOrgsChart({ rows, year }: { rows: NewOrgsRow[]; year: number }) {
  const label =
    `Biểu đồ cột số tổ chức thành lập mới theo loại hình, năm ${year} so với năm ${year - 1}. ` +
    rows
      .map((r) => `${r.label}: ${formatNumber(r.count)} (năm trước ${formatNumber(r.previous)})`)
      .join('; ');
  return (
    <BarChart
      label={label}
      categories={rows.map((r) => r.label)}
      series={[
        { name: `Năm ${year}`, values: rows.map((r) => r.count), color: BLUE },
        { name: `Năm ${year - 1}`, values: rows.map((r) => r.previous), color: GREY },
      ]}
      horizontal
      height={chartHeight(rows.length, 2)}
      formatValue={formatNumber}
    />
  );
}

export function NewOrgsTable({ rows, year }: { rows: NewOrgsRow[]; year: number }) {
  const sum = (pick: (r: NewOrgsRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return (
    <Table<NewOrgsRow>
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: 'Loại hình', dataIndex: 'label' },
        { title: `Năm ${year}`, dataIndex: 'count', align: 'right', render: formatNumber },
        { title: `Năm ${year - 1}`, dataIndex: 'previous', align: 'right', render: formatNumber },
        {
          title: 'Chênh lệch',
          key: 'diff',
          align: 'right',
          render: (_, r) => signed(r.count - r.previous),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>Cộng</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{formatNumber(sum((r) => r.count))}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong>{formatNumber(sum((r) => r.previous))}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <strong>{signed(sum((r) => r.count - r.previous))}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');

/** A total in its unit: money in đồng / tỷ đồng, people as counts. */
export function formatTotal(total: number, unit: string): string {
  return unit === 'đồng' ? formatMoney(total) : `${formatNumber(total)} ${unit}`;
}

export function FiguresChart({ rows, year }: { rows: FigureComparison[]; year: number }) {
  const shown = rows.filter((r) => changeOf(r) !== null);
  const label =
    `Biểu đồ mức tăng, giảm của các chỉ tiêu năm ${year} so với năm ${year - 1} (phần trăm). ` +
    shown.map((r) => `${r.label}: ${formatChange(changeOf(r) ?? 0)}`).join('; ');
  if (shown.length === 0) {
    return <Typography.Text type="secondary">Chưa đủ số liệu hai năm để so sánh.</Typography.Text>;
  }
  return (
    <BarChart
      label={label}
      categories={shown.map((r) => r.label)}
      series={[
        {
          name: `Tăng, giảm so với năm ${year - 1} (%)`,
          values: shown.map((r) => changeOf(r) ?? 0),
          color: ORANGE,
        },
      ]}
      horizontal
      height={chartHeight(shown.length)}
      formatValue={(v) => formatChange(v)}
    />
  );
}

export function FiguresTable({ rows, year }: { rows: FigureComparison[]; year: number }) {
  return (
    <Table<FigureComparison>
      rowKey="code"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: 'Chỉ tiêu', dataIndex: 'label' },
        {
          title: `Năm ${year}`,
          key: 'total',
          align: 'right',
          render: (_, r) => (
            <>
              {formatTotal(r.total, r.unit)}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatNumber(r.reporting)} tổ chức báo cáo
                </Typography.Text>
              </div>
            </>
          ),
        },
        {
          title: `Năm ${year - 1}`,
          key: 'previous',
          align: 'right',
          render: (_, r) =>
            r.previous ? (
              <>
                {formatTotal(r.previous.total, r.unit)}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatNumber(r.previous.reporting)} tổ chức báo cáo
                  </Typography.Text>
                </div>
              </>
            ) : (
              '—'
            ),
        },
        {
          title: 'Tăng, giảm',
          key: 'change',
          align: 'right',
          render: (_, r) => {
            const change = changeOf(r);
            return change === null ? '—' : formatChange(change);
          },
        },
      ]}
    />
  );
}

import { Card, Segmented, Skeleton, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import type { VisitDay, VisitsReport } from '../../api/stats-api';
import { formatCount, formatDay, formatShortDay } from './stats-format';

// ECharts is most of this page's weight: the figures and the table show while it loads.
const LineChart = lazy(() => import('../../components/charts/line-chart'));

const CHART_HEIGHT = 340;

export type VisitsView = 'chart' | 'table';

const VIEW_OPTIONS = [
  { value: 'chart', label: 'Biểu đồ' },
  { value: 'table', label: 'Bảng số liệu' },
];

interface Props {
  report: VisitsReport | undefined;
  loading: boolean;
  view: VisitsView;
  onViewChange: (view: VisitsView) => void;
}

export function VisitsChartCard({ report, loading, view, onViewChange }: Props) {
  const days = useMemo(() => report?.days ?? [], [report]);
  const chart = useMemo(
    () => ({
      label: chartLabel(days),
      categories: days.map((d) => formatShortDay(d.day)),
      series: [
        { name: 'Lượt truy cập', values: days.map((d) => d.visits), color: '#0958d9' },
        { name: 'Lượt xem trang', values: days.map((d) => d.pageViews), color: '#d46b08' },
      ],
    }),
    [days],
  );
  return (
    <Card
      title="Lượt truy cập theo ngày"
      loading={loading && !report}
      extra={
        <Segmented
          aria-label="Cách hiển thị"
          options={VIEW_OPTIONS}
          value={view}
          onChange={(value) => onViewChange(value as VisitsView)}
        />
      }
    >
      {view === 'chart' ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} style={{ height: CHART_HEIGHT }} />}>
          <LineChart height={CHART_HEIGHT} formatValue={formatCount} {...chart} />
        </Suspense>
      ) : (
        <VisitsTable days={days} loading={loading} />
      )}
    </Card>
  );
}

function VisitsTable({ days, loading }: { days: VisitDay[]; loading: boolean }) {
  const totalVisits = days.reduce((sum, d) => sum + d.visits, 0);
  const totalViews = days.reduce((sum, d) => sum + d.pageViews, 0);
  return (
    <Table<VisitDay>
      rowKey="day"
      size="small"
      loading={loading}
      dataSource={days}
      pagination={days.length > 31 ? { pageSize: 31, showSizeChanger: false } : false}
      columns={[
        {
          title: 'Ngày',
          dataIndex: 'day',
          render: (day: string) => formatDay(day),
          sorter: (a, b) => a.day.localeCompare(b.day),
          defaultSortOrder: 'descend',
        },
        {
          title: 'Lượt truy cập',
          dataIndex: 'visits',
          align: 'right',
          render: formatCount,
          sorter: (a, b) => a.visits - b.visits,
        },
        {
          title: 'Lượt xem trang',
          dataIndex: 'pageViews',
          align: 'right',
          render: formatCount,
          sorter: (a, b) => a.pageViews - b.pageViews,
        },
      ]}
      summary={() =>
        days.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>Cộng</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{formatCount(totalVisits)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <strong>{formatCount(totalViews)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}

/** What a screen reader hears for the chart; the table view carries every figure. */
function chartLabel(days: VisitDay[]): string {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return 'Biểu đồ lượt truy cập theo ngày: chưa có dữ liệu.';
  const total = days.reduce((sum, d) => sum + d.visits, 0);
  const peak = days.reduce((best, d) => (d.visits > best.visits ? d : best), first);
  return (
    `Biểu đồ lượt truy cập theo ngày từ ${formatDay(first.day)} đến ${formatDay(last.day)}: ` +
    `tổng ${formatCount(total)} lượt truy cập, cao nhất ${formatCount(peak.visits)} lượt ngày ${formatDay(peak.day)}. ` +
    'Chọn “Bảng số liệu” để đọc từng ngày.'
  );
}

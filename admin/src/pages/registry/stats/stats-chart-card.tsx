import { Card, Flex, Segmented, Skeleton } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { type StatsChart, type StatsScope, statsChartXlsxPath } from '../../../api/registry-stats-api';
import { DownloadButton } from '../../../components/download-button';

type View = 'chart' | 'table';

const VIEW_OPTIONS = [
  { value: 'chart', label: 'Biểu đồ' },
  { value: 'table', label: 'Xem dạng bảng' },
];

interface Props {
  chart: StatsChart;
  title: string;
  year: number;
  scope: StatsScope;
  loading: boolean;
  /** The drawing (lazy ECharts) and the same figures as a table. */
  renderChart: () => ReactNode;
  renderTable: () => ReactNode;
  defaultView?: View;
  height: number;
}

/** One dashboard chart with its table view and its .xlsx download. */
export function StatsChartCard({
  chart,
  title,
  year,
  scope,
  loading,
  renderChart,
  renderTable,
  defaultView = 'chart',
  height,
}: Props) {
  const [view, setView] = useState<View>(defaultView);
  return (
    <Card
      title={title}
      loading={loading}
      style={{ height: '100%' }}
      extra={
        <Flex gap="small" wrap justify="end">
          <Segmented
            size="small"
            aria-label={`Cách hiển thị: ${title}`}
            options={VIEW_OPTIONS}
            value={view}
            onChange={(value) => setView(value as View)}
          />
          <DownloadButton
            size="small"
            path={statsChartXlsxPath(chart)}
            query={{ year, scope }}
            fallbackName={`thong-ke-${chart}-${year}.xlsx`}
            aria-label={`Tải .xlsx: ${title}`}
          >
            Tải .xlsx
          </DownloadButton>
        </Flex>
      }
    >
      {view === 'chart' ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} style={{ height }} />}>
          {renderChart()}
        </Suspense>
      ) : (
        renderTable()
      )}
    </Card>
  );
}

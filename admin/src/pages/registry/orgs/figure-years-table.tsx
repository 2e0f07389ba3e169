import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { getFigureYears, type IndicatorDto, orgsKey } from '../../../api/registry-orgs-api';
import { formatChange, formatNumber } from './org-format';
import { REPORT_STATUS_LABELS } from './org-vocabulary';

// Darker than antd's presets so the colour is not the only cue and the text still reads at 4.5:1.
const UP = '#237804';
const DOWN = '#a8071a';

/** Every year with figures side by side, each value with its change from the year before. */
export function FigureYearsTable({ orgId }: { orgId: string }) {
  const years = useQuery({
    queryKey: orgsKey('figure-years', orgId),
    queryFn: ({ signal }) => getFigureYears(orgId, signal),
  });
  const data = years.data;

  const columns: ColumnsType<IndicatorDto> = [
    {
      title: 'Chỉ tiêu',
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, indicator) => (
        <>
          {name}
          <div>
            <Typography.Text type="secondary">{indicator.unit}</Typography.Text>
          </div>
        </>
      ),
    },
    ...(data?.years ?? []).map((row) => ({
      key: String(row.year),
      title: (
        <>
          {row.year}
          <div>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
              {REPORT_STATUS_LABELS[row.reportStatus]}
            </Typography.Text>
          </div>
        </>
      ),
      align: 'right' as const,
      render: (_: unknown, indicator: IndicatorDto) => {
        const value = row.values[indicator.code];
        const change = row.changes[indicator.code];
        if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <>
            {formatNumber(value)}
            {change !== undefined && (
              <div style={{ fontSize: 12, color: change > 0 ? UP : change < 0 ? DOWN : undefined }}>
                {formatChange(change)}
              </div>
            )}
          </>
        );
      },
    })),
  ];

  return (
    <Card title="So sánh qua các năm" size="small">
      {years.isError && (
        <Alert type="error" showIcon title={years.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<IndicatorDto>
        rowKey="code"
        size="small"
        loading={years.isFetching}
        dataSource={data && data.years.length > 0 ? data.indicators : []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có số liệu năm nào.' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        Dưới mỗi số là mức tăng (+) hoặc giảm (−) so với năm liền trước, khi cả hai năm đều có số liệu.
      </Typography.Paragraph>
    </Card>
  );
}

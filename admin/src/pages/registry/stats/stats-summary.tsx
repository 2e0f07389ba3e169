import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { RegistryStats } from '../../../api/registry-stats-api';
import { formatChange, formatNumber } from '../orgs/org-format';
import { changeOf, type FigureComparison } from './figure-comparison';
import { formatTotal } from './stats-views';

/** The totals people quote: organisations, new ones, members, workers, capital, revenue. */
const HEADLINE_FIGURES: { code: string; title: string }[] = [
  { code: 'tv_chinh_thuc', title: 'Thành viên chính thức' },
  { code: 'lao_dong', title: 'Tổng số lao động' },
  { code: 'von_dieu_le', title: 'Tổng vốn điều lệ' },
  { code: 'doanh_thu', title: 'Tổng doanh thu' },
];

const colProps = { xs: 24, sm: 12, xl: 8, xxl: 4 };

export function StatsSummary({
  stats,
  figures,
  loading,
}: {
  stats: RegistryStats | undefined;
  figures: FigureComparison[];
  loading: boolean;
}) {
  const year = stats?.year;
  const newDiff = stats ? stats.newOrgs.count - stats.newOrgs.previous : 0;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col {...colProps}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title={year ? `Tổ chức hoạt động trong năm ${year}` : 'Tổ chức'}
            value={stats ? formatNumber(stats.total) : '—'}
            loading={loading}
          />
        </Card>
      </Col>
      <Col {...colProps}>
        <Card style={{ height: '100%' }}>
          <Statistic
            title={year ? `Thành lập mới năm ${year}` : 'Thành lập mới'}
            value={stats ? formatNumber(stats.newOrgs.count) : '—'}
            loading={loading}
          />
          {stats && (
            <Typography.Text type="secondary">
              Năm {stats.year - 1}: {formatNumber(stats.newOrgs.previous)} (
              {newDiff > 0
                ? `tăng ${formatNumber(newDiff)}`
                : newDiff < 0
                  ? `giảm ${formatNumber(-newDiff)}`
                  : 'bằng'}
              )
            </Typography.Text>
          )}
        </Card>
      </Col>
      {HEADLINE_FIGURES.map(({ code, title }) => {
        const row = figures.find((f) => f.code === code);
        const change = row ? changeOf(row) : null;
        return (
          <Col {...colProps} key={code}>
            <Card style={{ height: '100%' }}>
              <Statistic
                title={title}
                value={row ? formatTotal(row.total, row.unit) : '—'}
                loading={loading}
              />
              {row && (
                <Typography.Text type="secondary">
                  {formatNumber(row.reporting)} tổ chức báo cáo
                  {change !== null && ` · ${formatChange(change)} so với năm ${(year ?? 0) - 1}`}
                </Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

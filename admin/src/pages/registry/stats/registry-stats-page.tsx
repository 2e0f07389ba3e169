import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Flex, Row, Segmented, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import {
  getOwnTenant,
  getRegistryStats,
  type RegistryStats,
  registryStatsKey,
  STATS_CHART_TITLES,
  type StatsChart,
  type StatsCount,
  type StatsScope,
} from '../../../api/registry-stats-api';
import { PageHeading } from '../../../components/page-heading';
import { recentYears } from '../orgs/org-format';
import { compareFigures } from './figure-comparison';
import { StatsChartCard } from './stats-chart-card';
import { StatsSummary } from './stats-summary';
import {
  CountsChart,
  CountsTable,
  chartHeight,
  FiguresChart,
  FiguresTable,
  NewOrgsChart,
  NewOrgsTable,
} from './stats-views';

/** The server's earliest year (MIN_STATS_YEAR). */
const MIN_YEAR = 1990;
const YEAR_OPTIONS = recentYears().map((y) => ({ value: y, label: `Năm ${y}` }));
const SCOPE_OPTIONS = [
  { value: 'tenant', label: 'Liên minh của tôi' },
  { value: 'all', label: 'Toàn quốc' },
];

/** Count charts: which field of the answer, what the table's first column is called, bar direction. */
const COUNT_CHARTS: {
  chart: StatsChart;
  rows: (s: RegistryStats) => StatsCount[];
  group: string;
  /** Only with scope "all": per alliance, per province. */
  nationalOnly?: boolean;
}[] = [
  { chart: 'kind', rows: (s) => s.byKind, group: 'Loại hình' },
  { chart: 'status', rows: (s) => s.byStatus, group: 'Tình trạng' },
  { chart: 'sector', rows: (s) => s.bySector, group: 'Ngành, lĩnh vực' },
  { chart: 'commune', rows: (s) => s.byCommune, group: 'Xã, phường' },
  { chart: 'rating', rows: (s) => s.byRating, group: 'Xếp loại' },
  { chart: 'membership', rows: (s) => s.byMembership, group: 'Thành viên Liên minh' },
  { chart: 'province', rows: (s) => s.byProvince, group: 'Tỉnh, thành phố', nationalOnly: true },
  { chart: 'tenant', rows: (s) => s.byTenant, group: 'Liên minh', nationalOnly: true },
];

/** The register's dashboard for a year; the national alliance may look at every alliance at once. */
export function RegistryStatsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const requested = Number.parseInt(params.get('nam') ?? '', 10);
  const year = YEAR_OPTIONS.some((o) => o.value === requested) ? requested : thisYear;
  const tenant = useQuery({
    queryKey: registryStatsKey('tenant'),
    queryFn: ({ signal }) => getOwnTenant(signal),
    staleTime: 10 * 60_000,
  });
  const national = tenant.data?.isNational === true;
  const scope: StatsScope = national && params.get('pham-vi') === 'toan-quoc' ? 'all' : 'tenant';

  const stats = useQuery({
    queryKey: registryStatsKey(year, scope),
    queryFn: ({ signal }) => getRegistryStats({ year, scope }, signal),
    placeholderData: keepPreviousData,
  });
  // Totals of the year before, for the comparisons (the answer holds one year of totals).
  const previousStats = useQuery({
    queryKey: registryStatsKey(year - 1, scope),
    queryFn: ({ signal }) => getRegistryStats({ year: year - 1, scope }, signal),
    enabled: year - 1 >= MIN_YEAR,
  });
  const data = stats.data;
  const loading = !data && stats.isPending;
  const figures = compareFigures(data?.figures ?? [], previousStats.data?.figures);

  function update(changes: Record<string, string | undefined>) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  }

  const cards = COUNT_CHARTS.filter((c) => !c.nationalOnly || scope === 'all');

  return (
    <>
      <PageHeading
        title="Thống kê tổ chức kinh tế tập thể"
        extra={
          <Flex wrap gap="small" align="center">
            {national && (
              <Segmented
                aria-label="Phạm vi thống kê"
                options={SCOPE_OPTIONS}
                value={scope}
                onChange={(value) => update({ 'pham-vi': value === 'all' ? 'toan-quoc' : undefined })}
              />
            )}
            <Select
              aria-label="Năm thống kê"
              options={YEAR_OPTIONS}
              value={year}
              onChange={(value: number) => update({ nam: value === thisYear ? undefined : String(value) })}
              style={{ width: 130 }}
            />
            <Button icon={<ReloadOutlined />} onClick={() => stats.refetch()} loading={stats.isFetching}>
              Làm mới
            </Button>
          </Flex>
        }
      />
      {stats.isError && (
        <Alert type="error" showIcon title={stats.error.message} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">
        Số tổ chức tồn tại trong năm {year} (đã thành lập trước cuối năm, chưa giải thể trước năm đó); tình
        trạng, xếp loại và thành viên Liên minh tính tại cuối năm.{' '}
        {scope === 'all' ? 'Phạm vi: tất cả các Liên minh.' : ''}
      </Typography.Paragraph>
      <StatsSummary stats={data} figures={figures} loading={loading} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <StatsChartCard
            chart="new-orgs"
            title={STATS_CHART_TITLES['new-orgs']}
            year={year}
            scope={scope}
            loading={loading}
            height={chartHeight(data?.newOrgs.rows.length ?? 5, 2)}
            renderChart={() => data && <NewOrgsChart rows={data.newOrgs.rows} year={data.year} />}
            renderTable={() => data && <NewOrgsTable rows={data.newOrgs.rows} year={data.year} />}
          />
        </Col>
        {cards.map(({ chart, rows, group }) => {
          const items = data ? rows(data) : [];
          const title = STATS_CHART_TITLES[chart];
          return (
            <Col xs={24} xl={12} key={chart}>
              <StatsChartCard
                chart={chart}
                title={title}
                year={year}
                scope={scope}
                loading={loading}
                height={chartHeight(items.length)}
                renderChart={() => <CountsChart title={title} rows={items} />}
                renderTable={() => <CountsTable rows={items} groupTitle={group} />}
              />
            </Col>
          );
        })}
        <Col span={24}>
          <StatsChartCard
            chart="figures"
            title={STATS_CHART_TITLES.figures}
            year={year}
            scope={scope}
            loading={loading}
            defaultView="table"
            height={chartHeight(data?.figures.length ?? 8)}
            renderChart={() => data && <FiguresChart rows={figures} year={data.year} />}
            renderTable={() => data && <FiguresTable rows={figures} year={data.year} />}
          />
        </Col>
      </Row>
    </>
  );
}

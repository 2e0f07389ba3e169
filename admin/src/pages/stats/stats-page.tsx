import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { getVisits, statsKey } from '../../api/stats-api';
import { PageHeading } from '../../components/page-heading';
import { API_DAY, formatCount, MAX_RANGE_DAYS } from './stats-format';
import { TopArticlesCard } from './top-articles-card';
import { VisitsChartCard, type VisitsView } from './visits-chart-card';

// Functions, so a page left open past midnight still counts back from the current day.
const PRESETS = [7, 30, 90, 365].map((days) => ({
  label: days === 365 ? '12 tháng qua' : `${days} ngày qua`,
  value: (): [Dayjs, Dayjs] => [dayjs().subtract(days - 1, 'day'), dayjs()],
}));

/** Visitor statistics: visits per day for a range (last 30 days by default), counters, top articles. */
export function StatsPage() {
  const [params, setParams] = useSearchParams();
  const from = validDay(params.get('from'));
  const to = validDay(params.get('to'));
  const view: VisitsView = params.get('view') === 'table' ? 'table' : 'chart';
  const isDefaultRange = !from && !to;

  const visits = useQuery({
    queryKey: statsKey('visits', from, to),
    queryFn: ({ signal }) => getVisits({ from, to }, signal),
    placeholderData: keepPreviousData,
    // "Đang trực tuyến" is a live figure: keep it fresh while the page is open.
    refetchInterval: 60_000,
  });
  const report = visits.data;
  const rangeVisits = report?.days.reduce((sum, d) => sum + d.visits, 0) ?? 0;
  const rangeViews = report?.days.reduce((sum, d) => sum + d.pageViews, 0) ?? 0;

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

  const pickerValue: [Dayjs, Dayjs] | null = report
    ? [dayjs(report.from), dayjs(report.to)]
    : from && to
      ? [dayjs(from), dayjs(to)]
      : null;

  return (
    <>
      <PageHeading
        title="Thống kê truy cập"
        extra={
          <Flex wrap gap="small" align="center">
            <DatePicker.RangePicker
              aria-label="Khoảng thời gian"
              format="DD/MM/YYYY"
              placeholder={['Từ ngày', 'Đến ngày']}
              allowClear={!isDefaultRange}
              value={pickerValue}
              presets={PRESETS}
              disabledDate={(current, info) => {
                if (current.isAfter(dayjs(), 'day')) return true;
                const start = info.from;
                return Boolean(start && Math.abs(current.diff(start, 'day')) >= MAX_RANGE_DAYS);
              }}
              onChange={(range) =>
                update({ from: range?.[0]?.format(API_DAY), to: range?.[1]?.format(API_DAY) })
              }
            />
            <Button icon={<ReloadOutlined />} onClick={() => visits.refetch()} loading={visits.isFetching}>
              Làm mới
            </Button>
          </Flex>
        }
      />
      {visits.isError && (
        <Alert type="error" showIcon title={visits.error.message} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title="Tổng lượt truy cập (từ trước đến nay)"
              value={report ? formatCount(report.totalVisits) : '—'}
              loading={!report && visits.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title="Số người đang trực tuyến (5 phút qua)"
              value={report ? formatCount(report.onlineNow) : '—'}
              loading={!report && visits.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title="Lượt truy cập trong khoảng đã chọn"
              value={report ? formatCount(rangeVisits) : '—'}
              loading={!report && visits.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Statistic
              title="Lượt xem trang trong khoảng đã chọn"
              value={report ? formatCount(rangeViews) : '—'}
              loading={!report && visits.isPending}
            />
          </Card>
        </Col>
      </Row>
      <Flex vertical gap="middle">
        <VisitsChartCard
          report={report}
          loading={visits.isFetching}
          view={view}
          onViewChange={(next) => update({ view: next === 'table' ? 'table' : undefined })}
        />
        <TopArticlesCard />
      </Flex>
    </>
  );
}

function validDay(text: string | null): string | undefined {
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) && dayjs(text).isValid() ? text : undefined;
}

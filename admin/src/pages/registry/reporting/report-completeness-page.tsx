import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  listReports,
  ORG_KIND_LABELS,
  ORG_KINDS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportCounts,
  type ReportListItem,
  type ReportStatus,
  reportsKey,
} from '../../../api/registry-reports-api';
import { useAuth } from '../../../auth/auth-context';
import { PageHeading } from '../../../components/page-heading';
import { formatDateTime } from '../../../lib/format';
import { hasRole } from '../../../lib/roles';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../../lib/use-url-state';
import { REGISTRY_ACCESS } from '../registry-access';
import { ReportDeadlineCard } from './report-deadline-card';
import { ReportStatusTag, reportYears } from './report-format';

const FILTERS = ['year', 'status', 'kind'] as const;
const STATUS_OPTIONS = REPORT_STATUSES.map((value) => ({ value, label: REPORT_STATUS_LABELS[value] }));
const KIND_OPTIONS = ORG_KINDS.map((value) => ({ value, label: ORG_KIND_LABELS[value] }));
const YEAR_OPTIONS = reportYears().map((o) => ({ value: String(o.value), label: o.label }));

function columns(year: number): ColumnsType<ReportListItem> {
  return [
    {
      title: 'Tổ chức',
      key: 'name',
      render: (_, row) => (
        <Flex vertical>
          <Link to={`/to-chuc/${row.orgId}`}>{row.name}</Link>
          {row.shortName && <Typography.Text type="secondary">{row.shortName}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: 'Loại hình',
      dataIndex: 'kind',
      render: (kind: ReportListItem['kind']) => ORG_KIND_LABELS[kind],
    },
    { title: 'Mã số', dataIndex: 'regCode', render: (code: string | null) => code ?? '—' },
    {
      title: 'Trạng thái',
      key: 'status',
      render: (_, row) => (
        <Flex gap={4} wrap>
          <ReportStatusTag status={row.status} />
          {row.overdue && <Tag color="red">Quá hạn</Tag>}
        </Flex>
      ),
    },
    {
      title: 'Nộp lúc',
      dataIndex: 'submittedAt',
      render: (value: string | null) => (value ? formatDateTime(value) : '—'),
    },
    {
      title: 'Duyệt / trả lại lúc',
      dataIndex: 'reviewedAt',
      render: (value: string | null) => (value ? formatDateTime(value) : '—'),
    },
    {
      title: '',
      key: 'open',
      render: (_, row) => (
        <Link to={`${row.orgId}/${year}`} aria-label={`Xem báo cáo của ${row.name}`}>
          {row.status === 'da_nop' ? 'Xem và duyệt' : 'Xem báo cáo'}
        </Link>
      ),
    },
  ];
}

const COUNT_CARDS: { status: ReportStatus | ''; label: string; color?: string }[] = [
  { status: '', label: 'Tổng số tổ chức' },
  { status: 'chua_nop', label: 'Chưa nộp', color: '#cf1322' },
  { status: 'da_nop', label: 'Đã nộp, chờ duyệt', color: '#0958d9' },
  { status: 'tra_lai', label: 'Trả lại', color: '#d46b08' },
  { status: 'da_duyet', label: 'Đã duyệt', color: '#389e0d' },
];

/** Counts per state; a card filters the list to that state (who has not reported, who waits). */
function CountCards({
  counts,
  active,
  onPick,
}: {
  counts: ReportCounts;
  active: string;
  onPick: (status: string) => void;
}) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {COUNT_CARDS.map((card) => (
        <Col xs={12} sm={8} lg={4} key={card.status || 'total'}>
          <Card
            size="small"
            hoverable
            role="button"
            tabIndex={0}
            aria-pressed={active === card.status}
            aria-label={`${card.label}: ${card.status ? counts[card.status] : counts.total}`}
            onClick={() => onPick(card.status)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onPick(card.status);
            }}
            style={active === card.status ? { borderColor: '#1677ff' } : undefined}
          >
            <Statistic
              title={card.label}
              value={card.status ? counts[card.status] : counts.total}
              groupSeparator="."
              styles={{ content: card.color ? { color: card.color } : undefined }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Every active organisation with its report state for a year: the view staff chase reports with. */
export function ReportCompletenessPage() {
  const { user } = useAuth();
  const canWrite = hasRole(user.role, REGISTRY_ACCESS.write);
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const params = { ...filters, page, pageSize };
  const reports = useQuery({
    queryKey: reportsKey('list', params),
    queryFn: ({ signal }) => listReports(params, signal),
    placeholderData: keepPreviousData,
  });
  const data = reports.data;
  const year = data?.year ?? (Number(filters.year) || new Date().getFullYear());

  return (
    <>
      <PageHeading
        title={`Báo cáo năm ${year} của tổ chức thành viên`}
        extra={
          <Select
            aria-label="Năm báo cáo"
            options={YEAR_OPTIONS}
            value={String(year)}
            onChange={(next) => setFilters({ year: next })}
            style={{ width: 140 }}
          />
        }
      />
      {data && <ReportDeadlineCard deadline={data.deadline} canWrite={canWrite} />}
      {data && (
        <CountCards
          counts={data.counts}
          active={filters.status}
          onPick={(status) => setFilters({ status })}
        />
      )}
      <Flex wrap gap="small" style={{ marginBottom: 16 }}>
        <Select
          aria-label="Lọc theo trạng thái báo cáo"
          placeholder="Mọi trạng thái"
          allowClear
          options={STATUS_OPTIONS}
          value={filters.status || undefined}
          onChange={(status) => setFilters({ status })}
          style={{ width: 200 }}
        />
        <Select
          aria-label="Lọc theo loại hình"
          placeholder="Mọi loại hình"
          allowClear
          options={KIND_OPTIONS}
          value={filters.kind || undefined}
          onChange={(kind) => setFilters({ kind })}
          style={{ width: 220 }}
        />
      </Flex>
      {reports.isError && (
        <Alert type="error" showIcon title={reports.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<ReportListItem>
        rowKey="orgId"
        loading={reports.isFetching}
        dataSource={data?.items}
        columns={columns(year)}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có tổ chức phù hợp.' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} tổ chức`,
          onChange: paginate,
        }}
      />
    </>
  );
}

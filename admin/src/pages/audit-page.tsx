import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag, Typography } from 'antd';
import { auditKey, listAudit } from '../api/audit-api';
import type { AuditEntry } from '../api/types';
import { PageHeading } from '../components/page-heading';
import { formatDateTime } from '../lib/format';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../lib/use-url-state';
import { AuditDiff } from './audit/audit-diff';
import { AuditFilters } from './audit/audit-filters';

const FILTERS = ['action', 'entity', 'actorEmail', 'from', 'to'] as const;

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export function AuditPage() {
  const { filters, page, pageSize, setFilters, paginate, search } = useUrlListState(FILTERS);
  const params = { ...filters, page, pageSize };
  const audit = useQuery({
    queryKey: auditKey(params),
    queryFn: ({ signal }) => listAudit(params, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading title="Nhật ký hệ thống" />
      {/* Remounting on URL change keeps the form in step with back/forward navigation. */}
      <AuditFilters key={search} value={filters} onChange={setFilters} />
      {audit.isError && (
        <Alert type="error" showIcon title={audit.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEntry>
        rowKey="id"
        loading={audit.isFetching}
        dataSource={audit.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có mục nhật ký phù hợp.' }}
        expandable={{
          columnTitle: <span style={VISUALLY_HIDDEN}>Chi tiết</span>,
          expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
        }}
        columns={[
          { title: 'Thời gian', dataIndex: 'at', render: (at: string) => formatDateTime(at) },
          {
            title: 'Người thực hiện',
            dataIndex: 'actorEmail',
            render: (email: string | null) => email ?? 'Hệ thống',
          },
          { title: 'Hành động', dataIndex: 'action', render: (action: string) => <Tag>{action}</Tag> },
          {
            title: 'Đối tượng',
            key: 'entity',
            render: (_, entry) => (
              <>
                {entry.entity}
                {entry.entityId && <Typography.Text type="secondary"> #{entry.entityId}</Typography.Text>}
              </>
            ),
          },
          {
            title: 'Mã yêu cầu',
            dataIndex: 'requestId',
            render: (id: string | null) => id && <Typography.Text code>{id}</Typography.Text>,
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} mục`,
          onChange: paginate,
        }}
      />
    </>
  );
}

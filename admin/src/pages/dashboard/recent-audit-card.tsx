import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { auditKey, listAudit } from '../../api/audit-api';
import type { AuditEntry } from '../../api/types';
import { formatDateTime } from '../../lib/format';

const PARAMS = { page: 1, pageSize: 8 };

export function RecentAuditCard() {
  const audit = useQuery({ queryKey: auditKey(PARAMS), queryFn: ({ signal }) => listAudit(PARAMS, signal) });

  return (
    <Card title="Hoạt động gần đây" extra={<Link to="/nhat-ky">Xem tất cả</Link>}>
      {audit.isError ? (
        <Alert type="error" showIcon title={audit.error.message} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={audit.isPending}
          dataSource={audit.data?.items}
          pagination={false}
          locale={{ emptyText: 'Chưa có hoạt động nào.' }}
          columns={[
            { title: 'Thời gian', dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
            { title: 'Người thực hiện', dataIndex: 'actorEmail', render: (email) => email ?? 'Hệ thống' },
            { title: 'Hành động', dataIndex: 'action', render: (action: string) => <Tag>{action}</Tag> },
            { title: 'Đối tượng', dataIndex: 'entity' },
          ]}
        />
      )}
    </Card>
  );
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag } from 'antd';
import { useState } from 'react';
import { getChangeHistory, type OrgDto, orgsKey } from '../../../api/registry-orgs-api';
import type { AuditEntry } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import { AuditDiff } from '../../audit/audit-diff';

/** What each audited action of the register means, in words. */
const ACTION_LABELS: Record<string, string> = {
  'org.create': 'Tạo hồ sơ',
  'org.update': 'Sửa hồ sơ',
  'org.delete': 'Xóa hồ sơ',
  'org.merge': 'Gộp vào tổ chức khác',
  'org.merge_into': 'Nhận hồ sơ gộp',
  'org.union_member.add': 'Thêm thành viên liên hiệp',
  'org.union_member.remove': 'Bỏ thành viên liên hiệp',
  'org.attachment.add': 'Đính kèm tệp',
  'org.attachment.remove': 'Bỏ tệp đính kèm',
  'org.representative.create': 'Tạo tài khoản đại diện',
  'org.representative.remove': 'Gỡ tài khoản đại diện',
  'org.figures.update': 'Cập nhật số liệu',
  'org.rating.update': 'Cập nhật xếp loại',
  'org.report.update': 'Cập nhật báo cáo năm',
  'org.report.submit': 'Nộp báo cáo năm',
  'org.report.approve': 'Duyệt báo cáo năm',
  'org.report.return': 'Trả lại báo cáo năm',
  'org.import': 'Nhập từ Excel',
};

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** The audit trail of the record: its own changes and those of its figures, ratings, links… */
export function OrgHistoryTab({ org }: { org: OrgDto }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const history = useQuery({
    queryKey: orgsKey('history', org.id, page, pageSize),
    queryFn: ({ signal }) => getChangeHistory(org.id, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      {history.isError && (
        <Alert type="error" showIcon title={history.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={history.isFetching}
        dataSource={history.data?.items as AuditEntry[] | undefined}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có thay đổi nào được ghi lại.' }}
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
          {
            title: 'Thao tác',
            dataIndex: 'action',
            render: (action: string) => <Tag>{ACTION_LABELS[action] ?? action}</Tag>,
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: history.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `${total} mục`,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
      />
    </>
  );
}

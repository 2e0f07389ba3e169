import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  getPreviewRows,
  importsKey,
  type PreviewFilter,
  type PreviewRow,
  ROW_OUTCOME_LABELS,
} from '../../../api/registry-import-api';
import { OUTCOME_COLORS } from './import-format';

const FILTER_OPTIONS: { value: PreviewFilter; label: string }[] = [
  { value: 'all', label: 'Tất cả các dòng' },
  { value: 'new', label: 'Mới' },
  { value: 'update', label: 'Cập nhật' },
  { value: 'unchanged', label: 'Không đổi' },
  { value: 'rejected', label: 'Bị loại' },
  { value: 'issues', label: 'Có lỗi hoặc cảnh báo' },
];

/** The rows of the sheet with what the commit does with each: new, update (which fields), … */
export function ImportRowsTable({ importId }: { importId: string }) {
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const params = { filter, page, pageSize };
  const rows = useQuery({
    queryKey: importsKey('rows', importId, params),
    queryFn: ({ signal }) => getPreviewRows(importId, params, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Flex gap="small" style={{ marginBottom: 12 }}>
        <Select
          aria-label="Lọc dòng theo kết quả"
          value={filter}
          options={FILTER_OPTIONS}
          onChange={(next) => {
            setFilter(next);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
      </Flex>
      {rows.isError && (
        <Alert type="error" showIcon title={rows.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<PreviewRow>
        rowKey="rowNumber"
        size="small"
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        locale={{ emptyText: 'Không có dòng nào.' }}
        pagination={{
          current: page,
          pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ['20', '50', '100', '200'],
          showTotal: (total) => `${total} dòng`,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: 'Dòng', dataIndex: 'rowNumber', width: 70 },
          {
            title: 'Tên tổ chức',
            key: 'name',
            render: (_, row) =>
              row.orgId ? <Link to={`/to-chuc/${row.orgId}`}>{row.name}</Link> : row.name || '—',
          },
          { title: 'Mã số', dataIndex: 'regCode', render: (code: string | null) => code ?? '—' },
          {
            title: 'Kết quả',
            dataIndex: 'outcome',
            render: (outcome: PreviewRow['outcome']) => (
              <Tag color={OUTCOME_COLORS[outcome]}>{ROW_OUTCOME_LABELS[outcome]}</Tag>
            ),
          },
          {
            title: 'Xã/phường mới',
            key: 'commune',
            render: (_, row) =>
              row.address?.commune ? (
                `${row.address.commune.name}, ${row.address.commune.provinceName}`
              ) : row.address ? (
                <Typography.Text type="secondary">Chưa xác định</Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: 'Thay đổi / vấn đề',
            key: 'changes',
            render: (_, row) => (
              <Flex vertical gap={2}>
                {row.changes.length > 0 && <span>Thay đổi: {row.changes.join(', ')}</span>}
                {row.issues.map((issue) => (
                  <Typography.Text
                    key={`${issue.column}-${issue.message}`}
                    type={issue.severity === 'error' ? 'danger' : 'warning'}
                  >
                    {issue.column ? `Cột ${issue.column}: ` : ''}
                    {issue.message}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}

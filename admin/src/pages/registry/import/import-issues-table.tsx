import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Pagination, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { getPreviewRows, type ImportIssue, importsKey } from '../../../api/registry-import-api';

const PAGE_SIZE = 20;

interface IssueLine extends ImportIssue {
  key: string;
  name: string;
}

/** Every error and warning of the dry run, one line each; pages go by rows of the sheet. */
export function ImportIssuesTable({ importId }: { importId: string }) {
  const [page, setPage] = useState(1);
  const params = { filter: 'issues' as const, page, pageSize: PAGE_SIZE };
  const rows = useQuery({
    queryKey: importsKey('rows', importId, params),
    queryFn: ({ signal }) => getPreviewRows(importId, params, signal),
    placeholderData: keepPreviousData,
  });
  const lines: IssueLine[] = (rows.data?.items ?? []).flatMap((row) =>
    row.issues.map((issue, k) => ({ ...issue, key: `${row.rowNumber}-${k}`, name: row.name })),
  );

  return (
    <>
      {rows.isError && (
        <Alert type="error" showIcon title={rows.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<IssueLine>
        rowKey="key"
        size="small"
        loading={rows.isFetching}
        dataSource={lines}
        aria-label="Lỗi và cảnh báo theo dòng"
        locale={{ emptyText: 'Không có lỗi hay cảnh báo nào.' }}
        pagination={false}
        columns={[
          { title: 'Dòng', dataIndex: 'rowNumber', width: 70 },
          {
            title: 'Cột',
            key: 'column',
            render: (_, line) =>
              line.column ? (
                <>
                  {line.column}
                  {line.field && <Typography.Text type="secondary"> · {line.field}</Typography.Text>}
                </>
              ) : (
                <Typography.Text type="secondary">{line.field ?? 'Cả dòng'}</Typography.Text>
              ),
          },
          {
            title: 'Giá trị',
            dataIndex: 'value',
            render: (value: string) => (value ? `“${value}”` : '—'),
          },
          {
            title: 'Mức độ',
            dataIndex: 'severity',
            render: (severity: ImportIssue['severity']) =>
              severity === 'error' ? <Tag color="error">Lỗi</Tag> : <Tag color="warning">Cảnh báo</Tag>,
          },
          { title: 'Nội dung', dataIndex: 'message' },
          { title: 'Tên tổ chức', dataIndex: 'name' },
        ]}
      />
      {/* The server pages rows; a row may carry several lines, so the pager sits outside the table. */}
      <Pagination
        align="end"
        style={{ marginTop: 12 }}
        current={page}
        pageSize={PAGE_SIZE}
        total={rows.data?.total ?? 0}
        onChange={setPage}
        showSizeChanger={false}
        showTotal={(total) => `${total} dòng có lỗi hoặc cảnh báo`}
        hideOnSinglePage
      />
    </>
  );
}

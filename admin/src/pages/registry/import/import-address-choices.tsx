import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  type AddressCandidate,
  getPreviewRows,
  type ImportDto,
  importsKey,
  type PreviewRow,
  saveChoices,
} from '../../../api/registry-import-api';

const PAGE_SIZE = 20;

const place = (c: AddressCandidate) => `${c.name}, ${c.provinceName}`;

function candidates(row: PreviewRow): AddressCandidate[] {
  const a = row.address;
  if (!a) return [];
  const all = a.commune ? [a.commune, ...a.alternatives] : a.alternatives;
  return all.filter((c, k) => all.findIndex((o) => o.code === c.code) === k);
}

const STATE_TAGS = {
  ambiguous: <Tag color="warning">Chưa chọn</Tag>,
  low_confidence: <Tag color="gold">Cần kiểm tra</Tag>,
  chosen: <Tag color="success">Đã chọn</Tag>,
  matched: <Tag color="success">Đã xác định</Tag>,
  not_found: <Tag color="error">Không xác định</Tag>,
} as const;

/**
 * Legacy addresses the resolver could not settle on one new commune: the user picks one per row.
 * Each choice is saved at once and the server decides the rows again.
 */
export function ImportAddressChoices({ item }: { item: ImportDto }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const params = { filter: 'choices' as const, page, pageSize: PAGE_SIZE };
  const rows = useQuery({
    queryKey: importsKey('rows', item.id, params),
    queryFn: ({ signal }) => getPreviewRows(item.id, params, signal),
    placeholderData: keepPreviousData,
  });
  const choose = useMutation({
    mutationFn: ({ rowNumber, code }: { rowNumber: number; code: string | null }) =>
      saveChoices(item.id, { [String(rowNumber)]: code }),
    onSuccess: (saved, { rowNumber }) => {
      queryClient.setQueryData(importsKey('one', item.id), saved);
      queryClient.invalidateQueries({ queryKey: importsKey('rows', item.id) });
      queryClient.invalidateQueries({ queryKey: importsKey('list') });
      message.success(`Đã lưu xã/phường cho dòng ${rowNumber} và kiểm tra lại.`);
    },
    onError: (err) => message.error({ content: err.message, duration: 8 }),
  });

  // Only rows with a choice to make; nothing to show until the first page says there are some.
  if (rows.data?.total === 0 || (!rows.data && !rows.isError)) return null;
  return (
    <Card title="Địa chỉ cần chọn xã/phường mới" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        Địa chỉ viết theo đơn vị hành chính cũ (trước sắp xếp năm 2025) có thể thuộc nhiều xã/phường mới. Chọn
        đúng xã/phường cho từng dòng; để trống nếu chưa rõ (địa chỉ được giữ nguyên văn bản).
      </Typography.Paragraph>
      {rows.isError && (
        <Alert type="error" showIcon title={rows.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<PreviewRow>
        rowKey="rowNumber"
        size="small"
        loading={rows.isFetching || choose.isPending}
        dataSource={rows.data?.items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => `${total} dòng`,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: 'Dòng', dataIndex: 'rowNumber', width: 70 },
          { title: 'Tên tổ chức', dataIndex: 'name' },
          { title: 'Địa chỉ trong tệp', key: 'text', render: (_, row) => row.address?.text },
          {
            title: 'Tình trạng',
            key: 'state',
            render: (_, row) => (row.address ? STATE_TAGS[row.address.state] : null),
          },
          {
            title: 'Xã/phường mới',
            key: 'choice',
            width: 420,
            render: (_, row) => {
              const state = row.address?.state;
              const current = state === 'ambiguous' ? undefined : row.address?.commune?.code;
              return (
                <Select
                  aria-label={`Xã/phường mới cho dòng ${row.rowNumber}`}
                  placeholder="Chọn xã/phường…"
                  value={current}
                  allowClear
                  style={{ width: '100%' }}
                  options={candidates(row).map((c) => ({
                    value: c.code,
                    label: c.legacy ? `${place(c)} (từ ${c.legacy})` : place(c),
                  }))}
                  onChange={(code) => choose.mutate({ rowNumber: row.rowNumber, code: code ?? null })}
                />
              );
            },
          },
        ]}
      />
    </Card>
  );
}

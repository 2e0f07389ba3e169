import { CloudUploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Tabs, Typography } from 'antd';
import { type ImportCounts, type ImportDto, importsKey, startCommit } from '../../../api/registry-import-api';
import { ImportAddressChoices } from './import-address-choices';
import { ImportCountsRow } from './import-counts';
import { formatCount } from './import-format';
import { ImportIssuesTable } from './import-issues-table';
import { ImportRowsTable } from './import-rows-table';

/** The dry run's outcome: counts, addresses to settle, row problems, and the commit. */
export function ImportPreviewPanel({ item, counts }: { item: ImportDto; counts: ImportCounts }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const commit = useMutation({
    mutationFn: () => startCommit(item.id),
    onSuccess: (saved) => {
      queryClient.setQueryData(importsKey('one', item.id), saved);
      queryClient.invalidateQueries({ queryKey: importsKey('list') });
    },
  });
  const writes = counts.new + counts.update;

  function confirmCommit() {
    modal.confirm({
      title: 'Ghi vào sổ đăng ký?',
      content: (
        <Flex vertical gap={4}>
          <span>
            Thêm {formatCount(counts.new)} tổ chức mới và cập nhật {formatCount(counts.update)} tổ chức
            {item.year ? `, số liệu năm ${item.year}` : ''}.
          </span>
          {counts.rejected > 0 && <span>{formatCount(counts.rejected)} dòng bị loại sẽ không được ghi.</span>}
          {counts.pendingChoices > 0 && (
            <span>
              {formatCount(counts.pendingChoices)} dòng chưa chọn xã/phường: địa chỉ được giữ nguyên văn bản.
            </span>
          )}
        </Flex>
      ),
      okText: 'Ghi vào sổ',
      cancelText: 'Hủy',
      onOk: () => commit.mutateAsync(),
    });
  }

  return (
    <>
      <ImportCountsRow counts={counts} />
      {counts.pendingChoices > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`${formatCount(counts.pendingChoices)} địa chỉ cũ ứng với nhiều xã/phường mới: vui lòng chọn bên dưới.`}
          style={{ marginBottom: 16 }}
        />
      )}
      <ImportAddressChoices item={item} />
      <Card style={{ marginBottom: 16 }}>
        <Tabs
          items={[
            {
              key: 'issues',
              label: 'Lỗi và cảnh báo',
              children: <ImportIssuesTable importId={item.id} />,
            },
            { key: 'rows', label: 'Tất cả các dòng', children: <ImportRowsTable importId={item.id} /> },
          ]}
        />
      </Card>
      <Card>
        {commit.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={commit.error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Flex justify="space-between" align="center" wrap gap="middle">
          <Typography.Text>
            {writes > 0
              ? `Sẵn sàng ghi ${formatCount(writes)} dòng vào sổ đăng ký. Các dòng bị loại có trong báo cáo kiểm tra để sửa và nhập lại.`
              : 'Không có dòng nào cần ghi: mọi dòng đều không đổi hoặc bị loại.'}
          </Typography.Text>
          <Button
            type="primary"
            size="large"
            icon={<CloudUploadOutlined />}
            onClick={confirmCommit}
            loading={commit.isPending}
          >
            Ghi vào sổ đăng ký
          </Button>
        </Flex>
      </Card>
    </>
  );
}

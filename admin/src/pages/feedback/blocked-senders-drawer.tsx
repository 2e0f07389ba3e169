import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Popconfirm, Table, Typography } from 'antd';
import {
  type BlockedSenderDto,
  feedbackKey,
  listBlockedSenders,
  unblockSender,
} from '../../api/feedback-api';
import { formatDateTime } from '../../lib/format';

export function BlockedSendersDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const blocked = useQuery({
    queryKey: feedbackKey('blocked'),
    queryFn: ({ signal }) => listBlockedSenders(signal),
    enabled: open,
  });
  const unblock = useMutation({
    mutationFn: (sender: BlockedSenderDto) => unblockSender(sender.id),
    onSuccess: () => {
      message.success('Đã bỏ chặn.');
      queryClient.invalidateQueries({ queryKey: feedbackKey('blocked') });
    },
    onError: (error) => message.error(error.message),
  });

  return (
    <Drawer open={open} onClose={onClose} title="Người gửi bị chặn" size={720} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        Phản hồi mới từ các email hoặc địa chỉ mạng này tự động vào mục Spam. Phản hồi cũ không thay đổi khi
        bỏ chặn.
      </Typography.Paragraph>
      {blocked.isError && <Alert type="error" showIcon title={blocked.error.message} />}
      <Table<BlockedSenderDto>
        rowKey="id"
        size="small"
        loading={blocked.isFetching || unblock.isPending}
        dataSource={blocked.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa chặn người gửi nào.' }}
        columns={[
          { title: 'Email', dataIndex: 'email', render: (email: string | null) => email ?? '—' },
          {
            title: 'Mã người gửi',
            dataIndex: 'senderKey',
            render: (key: string | null) => (key ? <Typography.Text code>{key}</Typography.Text> : '—'),
          },
          { title: 'Lý do', dataIndex: 'reason', render: (reason: string) => reason || '—' },
          { title: 'Chặn lúc', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, sender) => (
              <Popconfirm
                title="Bỏ chặn người gửi này?"
                okText="Bỏ chặn"
                cancelText="Hủy"
                onConfirm={() => unblock.mutate(sender)}
              >
                <Button type="link" aria-label={`Bỏ chặn ${sender.email ?? sender.senderKey ?? ''}`}>
                  Bỏ chặn
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Drawer>
  );
}

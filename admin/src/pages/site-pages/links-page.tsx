import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { deleteLink, type LinkDto, linksKey, listLinks } from '../../api/pages-api';
import { PageHeading } from '../../components/page-heading';
import { LinkFormModal, type LinkTarget } from './link-form-modal';

export function LinksPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const links = useQuery({ queryKey: linksKey, queryFn: ({ signal }) => listLinks(signal) });
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const remove = useMutation({
    mutationFn: (link: LinkDto) => deleteLink(link.id),
    onSuccess: (_, link) => {
      message.success(`Đã xóa liên kết “${link.title}”.`);
      queryClient.invalidateQueries({ queryKey: linksKey });
    },
    onError: (error) => message.error(error.message),
  });
  const items = [...(links.data?.items ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = items.length > 0 ? Math.min(10_000, (items.at(-1)?.position ?? 0) + 10) : 0;

  return (
    <>
      <PageHeading
        title="Liên kết website"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
            Thêm liên kết
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        Danh sách “Liên kết website” hiển thị trên trang chủ cổng thông tin, theo thứ tự tăng dần.
      </Typography.Paragraph>
      {links.isError && (
        <Alert type="error" showIcon title={links.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<LinkDto>
        rowKey="id"
        loading={links.isFetching || remove.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có liên kết nào.' }}
        columns={[
          { title: 'Thứ tự', dataIndex: 'position', align: 'right', width: 90 },
          { title: 'Tên website', dataIndex: 'title' },
          {
            title: 'Địa chỉ',
            dataIndex: 'url',
            render: (url: string) => (
              <Typography.Link href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </Typography.Link>
            ),
          },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, link) => (
              <Space size={0}>
                <Button type="link" onClick={() => setTarget(link)} aria-label={`Sửa liên kết ${link.title}`}>
                  Sửa
                </Button>
                <Popconfirm
                  title={`Xóa liên kết “${link.title}”?`}
                  okText="Xóa"
                  okButtonProps={{ danger: true }}
                  cancelText="Hủy"
                  onConfirm={() => remove.mutate(link)}
                >
                  <Button type="link" danger aria-label={`Xóa liên kết ${link.title}`}>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <LinkFormModal target={target} nextPosition={nextPosition} onClose={() => setTarget(null)} />
    </>
  );
}

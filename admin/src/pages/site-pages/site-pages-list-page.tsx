import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { deleteSitePage, listSitePages, type PageSummary, sitePagesKey } from '../../api/pages-api';
import { LinkButton } from '../../components/link-button';
import { PageHeading } from '../../components/page-heading';
import { formatDateTime } from '../../lib/format';

export function SitePagesListPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const pages = useQuery({ queryKey: sitePagesKey('list'), queryFn: ({ signal }) => listSitePages(signal) });
  const remove = useMutation({
    mutationFn: (page: PageSummary) => deleteSitePage(page.id),
    onSuccess: (_, page) => {
      message.success(`Đã xóa trang “${page.title}”.`);
      queryClient.invalidateQueries({ queryKey: sitePagesKey() });
    },
    onError: (error) => message.error(error.message),
  });

  return (
    <>
      <PageHeading
        title="Trang tĩnh"
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/trang/moi">
            Thêm trang
          </LinkButton>
        }
      />
      <Typography.Paragraph type="secondary">
        Các trang như Giới thiệu, Cơ cấu tổ chức, Chức năng nhiệm vụ, Liên hệ. Thêm trang vào menu chính ở mục{' '}
        <Link to="/menu" style={{ textDecoration: 'underline' }}>
          Menu trang
        </Link>
        .
      </Typography.Paragraph>
      {pages.isError && (
        <Alert type="error" showIcon title={pages.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<PageSummary>
        rowKey="id"
        loading={pages.isFetching || remove.isPending}
        dataSource={pages.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có trang nào.' }}
        columns={[
          {
            title: 'Tiêu đề',
            dataIndex: 'title',
            render: (title: string, page) => <Link to={`/trang/${page.id}`}>{title}</Link>,
          },
          {
            title: 'Địa chỉ trên cổng',
            dataIndex: 'url',
            render: (url: string, page) =>
              page.published ? (
                <Typography.Link href={url} target="_blank" rel="noopener">
                  {url}
                </Typography.Link>
              ) : (
                <Typography.Text type="secondary">{url}</Typography.Text>
              ),
          },
          { title: 'Thứ tự', dataIndex: 'position', align: 'right' },
          {
            title: 'Trạng thái',
            dataIndex: 'published',
            render: (published: boolean) =>
              published ? <Badge status="success" text="Công khai" /> : <Badge status="default" text="Ẩn" />,
          },
          { title: 'Cập nhật', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, page) => (
              <Space size={0}>
                <LinkButton type="link" to={`/trang/${page.id}`} aria-label={`Sửa trang ${page.title}`}>
                  Sửa
                </LinkButton>
                <Popconfirm
                  title={`Xóa trang “${page.title}”?`}
                  description="Trang sẽ không còn trên cổng thông tin; liên kết tới trang trong menu sẽ hỏng."
                  okText="Xóa"
                  okButtonProps={{ danger: true }}
                  cancelText="Hủy"
                  onConfirm={() => remove.mutate(page)}
                >
                  <Button type="link" danger aria-label={`Xóa trang ${page.title}`}>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

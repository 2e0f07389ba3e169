import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import {
  type CategoryDto,
  categoriesKey,
  deleteCategory,
  listCategories,
  reorderCategories,
} from '../../api/news-api';
import { PageHeading } from '../../components/page-heading';
import { DANGER_LINK, SR_ONLY } from './article-columns';
import { type CategoryFormTarget, CategoryModal } from './categories/category-modal';
import { type CategoryNode, categoryTree } from './category-options';

export function CategoriesPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const categories = useQuery({ queryKey: categoriesKey, queryFn: ({ signal }) => listCategories(signal) });
  const tree = useMemo(() => categoryTree(categories.data ?? []), [categories.data]);
  const [editing, setEditing] = useState<CategoryFormTarget | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);

  const move = useMutation({
    mutationFn: ({ parentId, ids }: { parentId: string | null; ids: string[] }) =>
      reorderCategories(parentId, ids),
    onSuccess: (items) => queryClient.setQueryData(categoriesKey, items),
    onError: (error) => message.error(error.message),
  });
  const remove = useMutation({
    mutationFn: (category: CategoryDto) => deleteCategory(category.id),
    onSuccess: (_, category) => {
      message.success(`Đã xóa chuyên mục “${category.name}”.`);
      queryClient.invalidateQueries({ queryKey: categoriesKey });
    },
    // "Chuyên mục còn 3 bài viết, chưa thể xóa." comes from the server.
    onError: (error) => message.error(error.message),
  });

  function siblingsOf(node: CategoryNode): CategoryNode[] {
    if (!node.parentId) return tree;
    const find = (nodes: CategoryNode[]): CategoryNode[] | null => {
      for (const n of nodes) {
        if (n.id === node.parentId) return n.children ?? [];
        const inner = n.children ? find(n.children) : null;
        if (inner) return inner;
      }
      return null;
    };
    return find(tree) ?? tree;
  }

  function shift(node: CategoryNode, by: -1 | 1) {
    const ids = siblingsOf(node).map((c) => c.id);
    const from = ids.indexOf(node.id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    move.mutate({ parentId: node.parentId, ids });
  }

  const columns: ColumnsType<CategoryNode> = [
    { title: 'Tên chuyên mục', dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: 'Đường dẫn',
      dataIndex: 'url',
      render: (url: string) => (
        <a href={url} target="_blank" rel="noopener">
          {url}
        </a>
      ),
    },
    { title: 'Số bài', dataIndex: 'articleCount', align: 'right' },
    {
      title: 'Trên trang chủ',
      dataIndex: 'showOnHome',
      render: (shown: boolean) => (shown ? 'Có' : 'Không'),
    },
    {
      title: 'Thứ tự',
      key: 'order',
      render: (_, node) => {
        const siblings = siblingsOf(node);
        const index = siblings.findIndex((c) => c.id === node.id);
        return (
          <Space size={0}>
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={`Đưa “${node.name}” lên trên`}
              disabled={index <= 0 || move.isPending}
              onClick={() => shift(node, -1)}
            />
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={`Đưa “${node.name}” xuống dưới`}
              disabled={index < 0 || index >= siblings.length - 1 || move.isPending}
              onClick={() => shift(node, 1)}
            />
          </Space>
        );
      },
    },
    {
      title: 'Thao tác',
      key: 'actions',
      fixed: 'right',
      render: (_, node) => {
        const empty = node.articleCount === 0 && !node.children;
        return (
          <Space size={0} wrap>
            <Button type="link" onClick={() => setEditing({ category: node })}>
              Sửa<span style={SR_ONLY}> chuyên mục “{node.name}”</span>
            </Button>
            <Button type="link" onClick={() => setEditing({ parentId: node.id })}>
              Thêm mục con<span style={SR_ONLY}> của “{node.name}”</span>
            </Button>
            <Popconfirm
              title={`Xóa chuyên mục “${node.name}”?`}
              description={
                empty
                  ? 'Không thể hoàn tác.'
                  : 'Chuyên mục còn bài viết hoặc chuyên mục con: máy chủ sẽ từ chối xóa.'
              }
              okText="Xóa"
              okButtonProps={{ danger: true }}
              cancelText="Hủy"
              onConfirm={() => remove.mutate(node)}
            >
              <Button type="link" style={DANGER_LINK}>
                Xóa<span style={SR_ONLY}> chuyên mục “{node.name}”</span>
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  const allKeys = useMemo(() => (categories.data ?? []).map((c) => c.id), [categories.data]);
  return (
    <>
      <PageHeading
        title="Chuyên mục"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            Thêm chuyên mục
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        Chuyên mục xếp theo thứ tự hiển thị trên menu và trang chủ. Chỉ xóa được chuyên mục không còn bài viết
        và không có chuyên mục con.
      </Typography.Paragraph>
      {categories.isError && (
        <Alert type="error" showIcon title={categories.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<CategoryNode>
        rowKey="id"
        loading={categories.isFetching || remove.isPending}
        dataSource={tree}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowKeys: expanded ?? allKeys,
          onExpandedRowsChange: (keys) => setExpanded(keys),
        }}
        locale={{ emptyText: 'Chưa có chuyên mục nào.' }}
      />
      <CategoryModal target={editing} categories={categories.data ?? []} onClose={() => setEditing(null)} />
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Flex, Input, Select, Table, TreeSelect } from 'antd';
import { useMemo } from 'react';
import {
  type ArticleListItem,
  type ArticleListParams,
  type ArticleStatus,
  articlesKey,
  categoriesKey,
  listArticles,
  listCategories,
  runWorkflow,
  type WorkflowAction,
} from '../../api/news-api';
import { useAuth } from '../../auth/auth-context';
import { LinkButton } from '../../components/link-button';
import { PageHeading } from '../../components/page-heading';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../lib/use-url-state';
import { articleColumns } from './article-columns';
import { type DisplayStatus, STATUS_OPTIONS } from './article-status';
import { categoryTreeOptions } from './category-options';
import { isNewsEditor } from './news-access';

const FILTERS = ['q', 'status', 'categoryId', 'mine'] as const;
// "Hẹn giờ" is "published with a future time": the list API has no filter for it, so the page asks
// for published articles newest time first (scheduled ones lead) and keeps the scheduled ones.
const SCHEDULED_WINDOW = 100;

export function ArticlesPage() {
  const { user } = useAuth();
  const editor = isNewsEditor(user.role);
  const { message } = App.useApp();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const status = (STATUS_OPTIONS.some((o) => o.value === filters.status) ? filters.status : '') as
    | DisplayStatus
    | '';
  const scheduledOnly = status === 'scheduled';

  const params: ArticleListParams = {
    q: filters.q || undefined,
    categoryId: filters.categoryId || undefined,
    author: editor && filters.mine === '1' ? user.id : undefined,
    ...(scheduledOnly
      ? { status: 'published', sort: 'published', page: 1, pageSize: SCHEDULED_WINDOW }
      : { status: (status || undefined) as ArticleStatus | undefined, page, pageSize }),
  };
  const articles = useQuery({
    queryKey: articlesKey(params),
    queryFn: ({ signal }) => listArticles(params, signal),
    placeholderData: keepPreviousData,
  });
  const categories = useQuery({ queryKey: categoriesKey, queryFn: ({ signal }) => listCategories(signal) });
  const categoryOptions = useMemo(() => categoryTreeOptions(categories.data ?? []), [categories.data]);

  const scheduled = scheduledOnly ? (articles.data?.items ?? []).filter((a) => a.scheduled) : null;
  const rows = scheduled ? scheduled.slice((page - 1) * pageSize, page * pageSize) : articles.data?.items;
  const total = scheduled ? scheduled.length : (articles.data?.total ?? 0);

  const queryClient = useQueryClient();
  const workflow = useMutation({
    mutationFn: ({ article, action }: { article: ArticleListItem; action: WorkflowAction }) =>
      runWorkflow(article.id, action, { version: article.version }),
    onSuccess: (_, { action }) => {
      message.success(DONE[action]);
      queryClient.invalidateQueries({ queryKey: articlesKey() });
    },
    onError: (error) => {
      message.error(error.message);
      queryClient.invalidateQueries({ queryKey: articlesKey() });
    },
  });

  return (
    <>
      <PageHeading
        title="Tin bài"
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/tin-bai/moi">
            Viết bài mới
          </LinkButton>
        }
      />
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          key={filters.q}
          defaultValue={filters.q}
          aria-label="Tìm theo tiêu đề (gõ có dấu hoặc không dấu)"
          placeholder="Tìm theo tiêu đề, vd: hop tac xa"
          allowClear
          onSearch={(q) => setFilters({ q: q.trim() })}
          style={{ width: 300 }}
        />
        <Select
          aria-label="Lọc theo trạng thái"
          placeholder="Tất cả trạng thái"
          allowClear
          options={STATUS_OPTIONS}
          value={status || undefined}
          onChange={(value) => setFilters({ status: value })}
          style={{ width: 180 }}
        />
        <TreeSelect
          aria-label="Lọc theo chuyên mục"
          placeholder="Tất cả chuyên mục"
          allowClear
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeData={categoryOptions}
          value={filters.categoryId || undefined}
          onChange={(value: string | undefined) => setFilters({ categoryId: value })}
          style={{ width: 240 }}
        />
        {editor ? (
          <Checkbox
            checked={filters.mine === '1'}
            onChange={(event) => setFilters({ mine: event.target.checked ? '1' : undefined })}
          >
            Chỉ bài của tôi
          </Checkbox>
        ) : (
          <span>Bạn đang xem các bài do mình viết.</span>
        )}
      </Flex>
      {articles.isError && (
        <Alert type="error" showIcon title={articles.error.message} style={{ marginBottom: 16 }} />
      )}
      {scheduledOnly && (articles.data?.items.length ?? 0) >= SCHEDULED_WINDOW && (
        <Alert
          type="info"
          showIcon
          title={`Đang hiện các bài hẹn giờ trong ${SCHEDULED_WINDOW} bài có thời điểm đăng muộn nhất.`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<ArticleListItem>
        rowKey="id"
        loading={articles.isFetching || workflow.isPending}
        dataSource={rows}
        columns={articleColumns({
          role: user.role,
          userId: user.id,
          onAction: (article, action) => workflow.mutate({ article, action }),
        })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có bài viết phù hợp.' }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (count) => `${count} bài viết`,
          onChange: paginate,
        }}
      />
    </>
  );
}

const DONE: Record<WorkflowAction, string> = {
  submit: 'Đã gửi bài cho biên tập viên duyệt.',
  publish: 'Đã đăng bài.',
  return: 'Đã trả lại bài cho người viết.',
  unpublish: 'Đã gỡ bài khỏi trang; bài trở về bản nháp.',
  archive: 'Đã chuyển bài vào lưu trữ.',
};

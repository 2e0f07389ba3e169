import { StopOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Flex, Popconfirm, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import {
  bulkModerateFeedback,
  countFeedback,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type FeedbackDto,
  type FeedbackStatus,
  feedbackKey,
  listFeedback,
  type ModerationAction,
  moderateFeedback,
} from '../../api/feedback-api';
import { PageHeading } from '../../components/page-heading';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../lib/use-url-state';
import { BlockModal } from './block-modal';
import { BlockedSendersDrawer } from './blocked-senders-drawer';
import { ACTION_LABELS, actionDone, actionsFor, type FeedbackAction } from './feedback-actions';
import { feedbackColumns } from './feedback-columns';
import { ReplyModal } from './reply-modal';

const FILTERS = ['status'] as const;

const EMPTY_TEXT: Record<FeedbackStatus, string> = {
  pending: 'Không có phản hồi chờ duyệt.',
  approved: 'Chưa có phản hồi đã duyệt.',
  rejected: 'Không có phản hồi bị từ chối.',
  spam: 'Không có phản hồi spam.',
};

export function FeedbackPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const status: FeedbackStatus = (FEEDBACK_STATUSES as string[]).includes(filters.status)
    ? (filters.status as FeedbackStatus)
    : 'pending';
  const params = { status, page, pageSize };
  const list = useQuery({
    queryKey: feedbackKey('list', params),
    queryFn: ({ signal }) => listFeedback(params, signal),
    placeholderData: keepPreviousData,
  });
  const counts = useQuery({
    queryKey: feedbackKey('counts'),
    queryFn: ({ signal }) => countFeedback(signal),
  });

  const [selected, setSelected] = useState<string[]>([]);
  const [replying, setReplying] = useState<FeedbackDto | null>(null);
  const [blocking, setBlocking] = useState<FeedbackDto | null>(null);
  const [showBlocked, setShowBlocked] = useState(false);

  const refresh = () => queryClient.invalidateQueries({ queryKey: feedbackKey() });
  const moderate = useMutation({
    mutationFn: ({ item, action }: { item: FeedbackDto; action: ModerationAction }) =>
      moderateFeedback(item.id, action),
    onSuccess: (_, { item, action }) => {
      message.success(actionDone(action, 1));
      setSelected((current) => current.filter((id) => id !== item.id));
      refresh();
    },
    onError: (error) => message.error(error.message),
  });
  const bulk = useMutation({
    mutationFn: bulkModerateFeedback,
    onSuccess: ({ updated }, { action }) => {
      message.success(actionDone(action, updated));
      setSelected([]);
      refresh();
    },
    onError: (error) => message.error(error.message),
  });

  function changeTab(next: string) {
    setSelected([]);
    setFilters({ status: next === 'pending' ? undefined : next });
  }

  const tabItems = FEEDBACK_STATUSES.map((key) => ({
    key,
    label: (
      <span>
        {FEEDBACK_STATUS_LABELS[key]}{' '}
        <Badge
          count={counts.data?.[key] ?? 0}
          showZero
          overflowCount={9999}
          color={key === 'pending' ? '#0958d9' : '#595959'}
          aria-label={`${counts.data?.[key] ?? 0} phản hồi`}
        />
      </span>
    ),
  }));

  const runBulk = (action: FeedbackAction) => bulk.mutate({ ids: selected, action });

  return (
    <>
      <PageHeading
        title="Phản hồi của bạn đọc"
        extra={
          <Button icon={<StopOutlined />} onClick={() => setShowBlocked(true)}>
            Người gửi bị chặn
          </Button>
        }
      />
      <Tabs activeKey={status} onChange={changeTab} items={tabItems} />
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      )}
      <Flex
        wrap
        gap="small"
        align="center"
        style={{ marginBottom: 12, minHeight: 32 }}
        role="toolbar"
        aria-label="Thao tác với phản hồi đã chọn"
      >
        <Typography.Text aria-live="polite">
          {selected.length > 0
            ? `Đã chọn ${selected.length} phản hồi:`
            : 'Chọn phản hồi để thao tác hàng loạt.'}
        </Typography.Text>
        {actionsFor(status).map((action) => (
          <Button
            key={action}
            type={action === 'approve' ? 'primary' : 'default'}
            danger={action === 'spam'}
            disabled={selected.length === 0}
            loading={bulk.isPending && bulk.variables?.action === action}
            onClick={() => runBulk(action)}
          >
            {ACTION_LABELS[action]}
          </Button>
        ))}
        <Popconfirm
          title={`Chặn người gửi của ${selected.length} phản hồi?`}
          description="Email và địa chỉ mạng của họ bị chặn; các phản hồi đã chọn chuyển vào Spam."
          okText="Chặn"
          okButtonProps={{ danger: true }}
          cancelText="Hủy"
          disabled={selected.length === 0}
          onConfirm={() => runBulk('block')}
        >
          <Button
            danger
            disabled={selected.length === 0}
            loading={bulk.isPending && bulk.variables?.action === 'block'}
          >
            {ACTION_LABELS.block}
          </Button>
        </Popconfirm>
      </Flex>
      <Table<FeedbackDto>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn tất cả phản hồi trên trang' }),
          getCheckboxProps: (item) => ({ 'aria-label': `Chọn phản hồi của ${item.name}` }),
        }}
        columns={feedbackColumns({
          status,
          busyId: moderate.isPending ? moderate.variables?.item.id : undefined,
          onModerate: (item, action) => moderate.mutate({ item, action }),
          onReply: setReplying,
          onBlock: setBlocking,
        })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: EMPTY_TEXT[status] }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} phản hồi`,
          onChange: (nextPage, nextSize) => {
            setSelected([]);
            paginate(nextPage, nextSize);
          },
        }}
      />
      <ReplyModal feedback={replying} onClose={() => setReplying(null)} />
      <BlockModal feedback={blocking} onClose={() => setBlocking(null)} />
      <BlockedSendersDrawer open={showBlocked} onClose={() => setShowBlocked(false)} />
    </>
  );
}

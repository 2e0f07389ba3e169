import { Button, Flex, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FeedbackDto, FeedbackStatus, ModerationAction } from '../../api/feedback-api';
import { formatDateTime } from '../../lib/format';
import { ArticleCell } from './article-cell';
import { ACTION_LABELS, actionsFor } from './feedback-actions';

interface Options {
  status: FeedbackStatus;
  busyId: string | undefined;
  onModerate: (feedback: FeedbackDto, action: ModerationAction) => void;
  onReply: (feedback: FeedbackDto) => void;
  onBlock: (feedback: FeedbackDto) => void;
}

export function feedbackColumns({
  status,
  busyId,
  onModerate,
  onReply,
  onBlock,
}: Options): ColumnsType<FeedbackDto> {
  return [
    {
      title: 'Người gửi',
      key: 'sender',
      width: 200,
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{item.name}</Typography.Text>
          <Typography.Link href={`mailto:${item.email}`}>{item.email}</Typography.Link>
          {item.phone && <Typography.Link href={`tel:${item.phone}`}>{item.phone}</Typography.Link>}
          <Tooltip title="Cùng mã là cùng địa chỉ mạng gửi (không lưu địa chỉ thật).">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Mã người gửi: <Typography.Text code>{item.senderKey}</Typography.Text>
            </Typography.Text>
          </Tooltip>
        </Flex>
      ),
    },
    {
      title: 'Nội dung',
      key: 'message',
      width: 400,
      render: (_, item) => (
        <>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', marginBottom: item.reply ? 8 : 0 }}
            ellipsis={{
              rows: 6,
              expandable: 'collapsible',
              symbol: (open) => (open ? 'Thu gọn' : 'Xem thêm'),
            }}
          >
            {item.message}
          </Typography.Paragraph>
          {item.reply && (
            <div
              style={{ borderInlineStart: '3px solid #0958d9', background: '#f0f5ff', padding: '6px 10px' }}
            >
              <Typography.Text strong style={{ fontSize: 13 }}>
                Trả lời của đơn vị{item.repliedAt ? ` (${formatDateTime(item.repliedAt)})` : ''}:
              </Typography.Text>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                ellipsis={{
                  rows: 4,
                  expandable: 'collapsible',
                  symbol: (open) => (open ? 'Thu gọn' : 'Xem thêm'),
                }}
              >
                {item.reply}
              </Typography.Paragraph>
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Bài viết',
      dataIndex: 'articleId',
      width: 180,
      render: (articleId: string | null) => <ArticleCell articleId={articleId} />,
    },
    {
      title: 'Gửi lúc',
      dataIndex: 'createdAt',
      render: (at: string, item) => (
        <Flex vertical>
          <span>{formatDateTime(at)}</span>
          {item.moderatedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Xử lý {formatDateTime(item.moderatedAt)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, item) => (
        <Space orientation="vertical" size={0} align="start">
          {actionsFor(status).map((action) => (
            <Button
              key={action}
              type="link"
              size="small"
              danger={action === 'spam'}
              loading={busyId === item.id}
              aria-label={`${ACTION_LABELS[action]} phản hồi của ${item.name}`}
              onClick={() => onModerate(item, action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
          <Button
            type="link"
            size="small"
            onClick={() => onReply(item)}
            aria-label={`${item.reply ? 'Sửa trả lời' : 'Trả lời'} ${item.name}`}
          >
            {item.reply ? 'Sửa trả lời' : 'Trả lời'}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => onBlock(item)}
            aria-label={`Chặn người gửi ${item.name}`}
          >
            Chặn người gửi
          </Button>
        </Space>
      ),
    },
  ];
}

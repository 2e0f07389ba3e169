import { StarFilled } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { ArticleListItem, WorkflowAction } from '../../api/news-api';
import { LinkButton } from '../../components/link-button';
import type { Role } from '../../lib/roles';
import { displayStatus, StatusTag } from './article-status';
import { isNewsEditor } from './news-access';
import { dateTime } from './news-format';

interface Options {
  role: Role;
  userId: string;
  onAction: (article: ArticleListItem, action: WorkflowAction) => void;
}

/** Contributors edit their own drafts and returned articles; editors edit everything. */
export function canEditArticle(
  role: Role,
  userId: string,
  article: Pick<ArticleListItem, 'status' | 'createdBy'>,
): boolean {
  if (isNewsEditor(role)) return true;
  return (
    role === 'cong_tac_vien' &&
    article.createdBy === userId &&
    (article.status === 'draft' || article.status === 'returned')
  );
}

export function articleColumns({ role, userId, onAction }: Options): ColumnsType<ArticleListItem> {
  const editor = isNewsEditor(role);
  return [
    {
      title: 'Tiêu đề',
      dataIndex: 'title',
      render: (title: string, article) => (
        <Space size={6} align="start">
          {article.featured && (
            <StarFilled style={{ color: '#ad6800', marginTop: 4 }} aria-label="Tin nổi bật" role="img" />
          )}
          <Link
            to={`/tin-bai/${article.id}`}
            style={{ display: 'inline-block', minWidth: 220, maxWidth: 360 }}
          >
            {title}
          </Link>
        </Space>
      ),
    },
    { title: 'Chuyên mục', dataIndex: 'categoryName' },
    {
      title: 'Trạng thái',
      key: 'status',
      render: (_, article) => <StatusTag status={displayStatus(article)} />,
    },
    {
      title: 'Ngày đăng',
      dataIndex: 'publishedAt',
      render: (at: string | null) =>
        at ? dateTime(at) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: 'Người viết',
      dataIndex: 'createdByName',
      render: (name: string | null) => name ?? '—',
    },
    { title: 'Cập nhật lúc', dataIndex: 'updatedAt', render: (at: string) => dateTime(at) },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 210,
      render: (_, article) => {
        const editable = canEditArticle(role, userId, article);
        const live = article.status === 'published' && !article.scheduled;
        return (
          <Space size={0} wrap>
            <LinkButton type="link" to={`/tin-bai/${article.id}`}>
              {editable ? 'Sửa' : 'Xem'}
              <span style={SR_ONLY}> bài “{article.title}”</span>
            </LinkButton>
            {live && (
              <Button type="link" href={article.url} target="_blank" rel="noopener">
                Xem trên trang
              </Button>
            )}
            {!editor && editable && (
              <Popconfirm
                title="Gửi bài cho biên tập viên duyệt?"
                description="Sau khi gửi, bạn không sửa được bài cho đến khi bài bị trả lại."
                okText="Gửi duyệt"
                cancelText="Hủy"
                onConfirm={() => onAction(article, 'submit')}
              >
                <Button type="link">Gửi duyệt</Button>
              </Popconfirm>
            )}
            {editor && article.status === 'published' && (
              <Popconfirm
                title={article.scheduled ? 'Hủy hẹn giờ đăng?' : 'Gỡ bài khỏi trang?'}
                description={
                  article.scheduled
                    ? 'Bài trở về bản nháp và sẽ không tự động đăng.'
                    : 'Bài trở về bản nháp và không còn hiển thị với bạn đọc.'
                }
                okText={article.scheduled ? 'Hủy hẹn giờ' : 'Gỡ xuống'}
                okButtonProps={{ danger: true }}
                cancelText="Không"
                onConfirm={() => onAction(article, 'unpublish')}
              >
                <Button type="link" style={DANGER_LINK}>
                  {article.scheduled ? 'Hủy hẹn giờ' : 'Gỡ xuống'}
                </Button>
              </Popconfirm>
            )}
            {editor && article.status !== 'archived' && (
              <Popconfirm
                title="Chuyển bài vào lưu trữ?"
                description="Bài không hiển thị với bạn đọc; có thể đăng lại sau."
                okText="Lưu trữ"
                cancelText="Hủy"
                onConfirm={() => onAction(article, 'archive')}
              >
                <Button type="link">Lưu trữ</Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];
}

/** antd's red link (#ff4d4f) is 3.2:1 on white; this one passes AA. */
export const DANGER_LINK = { color: '#a8071a' } as const;

/** Visually hidden, read by screen readers: "Sửa bài “…”" instead of a row of bare "Sửa". */
export const SR_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

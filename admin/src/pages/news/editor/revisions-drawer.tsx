import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Empty, Flex, List, Popconfirm, Segmented, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  type ArticleDto,
  getRevision,
  listRevisions,
  type RevisionDetail,
  type RevisionSummary,
  restoreRevision,
  revisionsKey,
} from '../../../api/news-api';
import { SR_ONLY } from '../article-columns';
import { dateTime } from '../news-format';
import './revisions.css';

const STATUS_NAMES: Record<string, string> = {
  draft: 'Nháp',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  published: 'Đã đăng',
  archived: 'Lưu trữ',
};

const FIELD_NAMES: Record<string, string> = {
  slug: 'Đường dẫn',
  coverMediaId: 'Ảnh đại diện',
  authorLine: 'Tác giả',
  sourceName: 'Tên nguồn',
  sourceUrl: 'Địa chỉ nguồn',
  categoryId: 'Chuyên mục',
  featured: 'Tin nổi bật',
  seoTitle: 'Tiêu đề SEO',
  seoDescription: 'Mô tả SEO',
  publishedAt: 'Thời điểm đăng',
  status: 'Trạng thái',
  tags: 'Thẻ',
};

interface Props {
  open: boolean;
  onClose: () => void;
  articleId: string;
  version: number;
  canRestore: boolean;
  dirty: boolean;
  onRestored: (article: ArticleDto) => void;
}

/** Who changed what and when, a word diff of each version, and restoring one as a new version. */
export function RevisionsDrawer({ open, onClose, articleId, version, canRestore, dirty, onRestored }: Props) {
  const revisions = useQuery({
    queryKey: [...revisionsKey(articleId), version],
    queryFn: ({ signal }) => listRevisions(articleId, signal),
    enabled: open,
  });
  const [selected, setSelected] = useState<number | null>(null);
  const items = revisions.data?.items ?? [];
  const current = items.find((r) => r.id === selected) ?? items[0];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="Lịch sử phiên bản"
      size={Math.min(1000, typeof window === 'undefined' ? 1000 : window.innerWidth - 40)}
      destroyOnHidden
    >
      {revisions.isError && <Alert type="error" showIcon title={revisions.error.message} />}
      <Spin spinning={revisions.isFetching}>
        {items.length === 0 && !revisions.isFetching ? (
          <Empty description="Chưa có phiên bản nào." />
        ) : (
          <Flex gap="large" align="start" wrap>
            <nav aria-label="Các phiên bản" style={{ flex: '0 0 260px', maxWidth: '100%' }}>
              <List<RevisionSummary>
                size="small"
                dataSource={items}
                renderItem={(revision) => (
                  <List.Item style={{ padding: 0 }}>
                    <button
                      type="button"
                      className="revision-item"
                      aria-current={revision.id === current?.id ? 'true' : undefined}
                      onClick={() => setSelected(revision.id)}
                    >
                      <strong>Phiên bản {revision.version}</strong>
                      {revision.version === version && <Tag style={{ marginLeft: 6 }}>Hiện tại</Tag>}
                      <br />
                      <span>{dateTime(revision.createdAt)}</span>
                      <br />
                      <span>
                        {revision.createdByName ?? 'Không rõ'} ·{' '}
                        {STATUS_NAMES[revision.status] ?? revision.status}
                      </span>
                    </button>
                  </List.Item>
                )}
              />
            </nav>
            <div style={{ flex: '1 1 420px', minWidth: 0 }}>
              {current && (
                <RevisionView
                  key={current.id}
                  articleId={articleId}
                  revision={current}
                  isCurrent={current.version === version}
                  version={version}
                  canRestore={canRestore}
                  dirty={dirty}
                  onRestored={onRestored}
                />
              )}
            </div>
          </Flex>
        )}
      </Spin>
    </Drawer>
  );
}

function RevisionView({
  articleId,
  revision,
  isCurrent,
  version,
  canRestore,
  dirty,
  onRestored,
}: {
  articleId: string;
  revision: RevisionSummary;
  isCurrent: boolean;
  version: number;
  canRestore: boolean;
  dirty: boolean;
  onRestored: (article: ArticleDto) => void;
}) {
  const [against, setAgainst] = useState<'previous' | 'current'>('previous');
  const detail = useQuery({
    queryKey: [...revisionsKey(articleId), revision.id, against, version],
    queryFn: ({ signal }) => getRevision(articleId, revision.id, against, signal),
  });
  const restore = useMutation({
    mutationFn: () => restoreRevision(articleId, revision.id, version),
    onSuccess: onRestored,
  });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          Phiên bản {revision.version} — {dateTime(revision.createdAt)}
        </Typography.Title>
        {canRestore && !isCurrent && (
          <Popconfirm
            title={`Khôi phục phiên bản ${revision.version}?`}
            description={
              <>
                Nội dung của phiên bản này trở thành phiên bản mới; bản hiện tại vẫn còn trong lịch sử.
                <br />
                Đường dẫn và trạng thái bài giữ nguyên.
                {dirty && (
                  <>
                    <br />
                    <strong>Các thay đổi chưa lưu trong trình soạn thảo sẽ mất.</strong>
                  </>
                )}
              </>
            }
            okText="Khôi phục"
            cancelText="Hủy"
            onConfirm={() => restore.mutate()}
          >
            <Button type="primary" loading={restore.isPending}>
              Khôi phục phiên bản này
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {restore.isError && <Alert type="error" showIcon title={restore.error.message} />}
      <Segmented<'previous' | 'current'>
        aria-label="So sánh với"
        value={against}
        onChange={setAgainst}
        options={[
          { value: 'previous', label: 'Thay đổi so với phiên bản trước' },
          { value: 'current', label: 'Khác biệt so với bài hiện tại' },
        ]}
      />
      <p className="diff-legend">
        <ins>chữ được thêm</ins> <del>chữ bị xóa</del>
        {against === 'current' && ' (từ phiên bản này đến bài hiện tại)'}
      </p>
      {detail.isError && <Alert type="error" showIcon title={detail.error.message} />}
      <Spin spinning={detail.isFetching}>{detail.data && <DiffView detail={detail.data} />}</Spin>
    </Flex>
  );
}

function DiffView({ detail }: { detail: RevisionDetail }) {
  const { diff, changedFields, against } = detail;
  if (against.kind === 'previous' && against.version === null) {
    return (
      <>
        <Alert type="info" showIcon title="Đây là phiên bản đầu tiên của bài." style={{ marginBottom: 12 }} />
        <DiffSection title="Tiêu đề" parts={diff.title} />
        <DiffSection title="Tóm tắt" parts={diff.summary} />
        <DiffSection title="Nội dung" parts={diff.body} />
      </>
    );
  }
  const unchanged = changedFields.length === 0 && [diff.title, diff.summary, diff.body].every(isUnchanged);
  return (
    <>
      {unchanged && <Alert type="info" showIcon title="Không có khác biệt." style={{ marginBottom: 12 }} />}
      {changedFields.length > 0 && (
        <p>
          <strong>Các mục khác đã thay đổi: </strong>
          {changedFields.map((field) => FIELD_NAMES[field] ?? field).join(', ')}.
        </p>
      )}
      <DiffSection title="Tiêu đề" parts={diff.title} />
      <DiffSection title="Tóm tắt" parts={diff.summary} />
      <DiffSection title="Nội dung" parts={diff.body} collapse />
    </>
  );
}

type DiffPart = RevisionDetail['diff']['body'][number];

const isUnchanged = (parts: DiffPart[]) => parts.every((p) => p.op === 'equal');

function DiffSection({ title, parts, collapse }: { title: string; parts: DiffPart[]; collapse?: boolean }) {
  if (parts.length === 0 || parts.every((p) => !p.text.trim())) return null;
  return (
    <section className="diff-section">
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {title}
        {isUnchanged(parts) && <span className="diff-same"> (không đổi)</span>}
      </Typography.Title>
      <div className="diff-text">
        {parts.map((part, i) => {
          const key = `${i}-${part.op}`;
          if (part.op === 'insert') {
            return (
              <ins key={key}>
                <span style={SR_ONLY}>[Thêm: </span>
                {part.text}
                <span style={SR_ONLY}>]</span>
              </ins>
            );
          }
          if (part.op === 'delete') {
            return (
              <del key={key}>
                <span style={SR_ONLY}>[Xóa: </span>
                {part.text}
                <span style={SR_ONLY}>]</span>
              </del>
            );
          }
          return (
            <span key={key}>
              {collapse ? shorten(part.text, i === 0, i === parts.length - 1) : part.text}
            </span>
          );
        })}
      </div>
    </section>
  );
}

const CONTEXT = 160;

/** Long unchanged stretches keep some whole words around the changes. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2 + 40) return text;
  const head = first ? '' : text.slice(0, text.lastIndexOf(' ', CONTEXT) + 1 || CONTEXT);
  const from = text.indexOf(' ', text.length - CONTEXT);
  const tail = last ? '' : text.slice(from < 0 ? text.length - CONTEXT : from + 1);
  return `${head}… ${tail}`;
}

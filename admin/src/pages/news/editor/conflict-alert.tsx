import { Alert, App, Button, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ArticleDto } from '../../../api/news-api';
import { dateTime } from '../news-format';

export interface Conflict {
  /** The server's sentence: who changed the article, when, which versions. */
  message: string;
  latest: ArticleDto | null;
}

export interface MyCopy {
  title: string;
  summary: string;
  bodyHtml: string;
}

interface Props {
  conflict: Conflict;
  mine: () => MyCopy;
  onReload: () => void;
}

/**
 * Someone else saved the article meanwhile: nothing is overwritten. The editor copies their own
 * text (to paste it back after reloading) or reloads the newest version.
 */
export function ConflictAlert({ conflict, mine, onReload }: Props) {
  const { message } = App.useApp();
  const [manual, setManual] = useState<string | null>(null);
  const latest = conflict.latest;

  async function copyMine() {
    const { title, summary, bodyHtml } = mine();
    const text = [title, summary, htmlToText(bodyHtml)].filter(Boolean).join('\n\n');
    const html = `<h2>${escapeHtml(title)}</h2>${summary ? `<p>${escapeHtml(summary)}</p>` : ''}${bodyHtml}`;
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      message.success('Đã sao chép nội dung của bạn. Sau khi tải bản mới, hãy dán (Ctrl+V) vào nơi cần sửa.');
    } catch {
      setManual(text);
    }
  }

  return (
    <>
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title="Bài viết đã được người khác thay đổi — thay đổi của bạn chưa được lưu"
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 8 }}>{conflict.message}</Typography.Paragraph>
            {latest && (
              <Typography.Paragraph style={{ marginBottom: 8 }}>
                Bản mới nhất: phiên bản {latest.version}, do {latest.updatedByName ?? 'một người khác'} lưu
                lúc {dateTime(latest.updatedAt)}.
              </Typography.Paragraph>
            )}
            <Typography.Paragraph style={{ marginBottom: 12 }}>
              Tự động lưu đã tạm dừng để không ghi đè. Hãy sao chép nội dung của bạn, tải bản mới nhất, rồi
              đưa lại phần bạn đã sửa.
            </Typography.Paragraph>
            <Space wrap>
              <Button onClick={copyMine}>Sao chép nội dung của tôi</Button>
              <Popconfirm
                title="Tải bản mới nhất?"
                description="Nội dung bạn đang sửa trên màn hình sẽ được thay bằng bản mới nhất."
                okText="Tải bản mới nhất"
                cancelText="Hủy"
                onConfirm={onReload}
              >
                <Button type="primary">Tải bản mới nhất</Button>
              </Popconfirm>
            </Space>
          </>
        }
      />
      <Modal
        open={manual !== null}
        title="Sao chép nội dung của bạn"
        onCancel={() => setManual(null)}
        onOk={() => setManual(null)}
        okText="Đã sao chép"
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Typography.Paragraph>
          Trình duyệt không cho sao chép tự động. Hãy chọn toàn bộ ô dưới (Ctrl+A) rồi sao chép (Ctrl+C).
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="Nội dung của bạn"
          value={manual ?? ''}
          readOnly
          autoSize={{ minRows: 8, maxRows: 16 }}
          onFocus={(event) => event.target.select()}
        />
      </Modal>
    </>
  );
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const block of Array.from(
    doc.body.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption, tr'),
  )) {
    block.append('\n');
  }
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch,
  );
}

import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import type { UploadItem } from './use-upload-queue';

/** Per-file outcome of uploads, in words (not only colours or hover tooltips); announced politely. */
export function UploadQueueList({ items, onClear }: { items: UploadItem[]; onClear: () => void }) {
  const finished = items.some((item) => item.status === 'done' || item.status === 'error');
  return (
    <div aria-live="polite">
      {items.length > 0 && (
        <ul style={{ listStyle: 'none', margin: '12px 0 0', padding: 0 }}>
          {items.map((item) => (
            <li key={item.uid} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Flex gap="small" align="start">
                <StatusIcon status={item.status} />
                <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Text ellipsis={{ tooltip: item.name }}>{item.name}</Typography.Text>
                  <Typography.Text type={item.status === 'error' ? 'danger' : 'secondary'}>
                    {describe(item)}
                  </Typography.Text>
                  {item.status === 'uploading' && (
                    <Progress percent={item.percent} size="small" aria-label={`Tiến độ tải ${item.name}`} />
                  )}
                </Flex>
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {finished && (
        <Button type="link" onClick={onClear} style={{ paddingInline: 0 }}>
          Ẩn các tệp đã xong
        </Button>
      )}
    </div>
  );
}

function describe(item: UploadItem): string {
  switch (item.status) {
    case 'waiting':
      return 'Đang chờ tải lên…';
    case 'uploading':
      return item.percent < 100 ? 'Đang tải lên…' : 'Đang xử lý trên máy chủ…';
    case 'done':
      return item.message ?? 'Đã tải lên.';
    case 'error':
      return `Không tải lên được: ${item.message ?? 'lỗi không xác định.'}`;
  }
}

function StatusIcon({ status }: { status: UploadItem['status'] }) {
  const style = { fontSize: 16, marginTop: 3 };
  if (status === 'done') return <CheckCircleFilled aria-hidden style={{ ...style, color: '#389e0d' }} />;
  if (status === 'error') return <CloseCircleFilled aria-hidden style={{ ...style, color: '#cf1322' }} />;
  return <LoadingOutlined aria-hidden style={style} />;
}

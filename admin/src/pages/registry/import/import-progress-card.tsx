import { Card, Progress, Typography } from 'antd';
import type { ImportDto } from '../../../api/registry-import-api';

/** Shown while the server checks or writes the file; the page polls the progress. */
export function ImportProgressCard({ item }: { item: ImportDto }) {
  const committing = item.status === 'committing';
  const label = committing ? 'Đang ghi vào sổ đăng ký' : 'Đang kiểm tra thử';
  return (
    <Card style={{ marginBottom: 16 }}>
      <Typography.Text strong>{label}…</Typography.Text>
      <Progress percent={item.progress} status="active" aria-label={`Tiến độ: ${label.toLowerCase()}`} />
      <Typography.Text type="secondary">
        {committing
          ? 'Các dòng hợp lệ được ghi trong một lần; nếu có lỗi, không dòng nào được ghi.'
          : 'Chưa có gì được ghi vào sổ. Tệp lớn có thể mất vài chục giây; bạn có thể rời trang và quay lại sau.'}
      </Typography.Text>
    </Card>
  );
}

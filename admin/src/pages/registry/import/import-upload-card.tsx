import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { importsKey, uploadImportFile } from '../../../api/registry-import-api';

interface Uploading {
  name: string;
  percent: number;
}

/**
 * Drop or pick one .xlsx: it is sent with a progress bar, then the import's own page opens.
 * A refused file (not xlsx, password, too big, …) shows the server's message; nothing is kept.
 */
export function ImportUploadCard() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(file: File) {
    setError(null);
    setUploading({ name: file.name, percent: 0 });
    try {
      const created = await uploadImportFile(file, {
        onProgress: (percent) => setUploading({ name: file.name, percent }),
      });
      queryClient.invalidateQueries({ queryKey: importsKey() });
      navigate(created.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Không tải được tệp lên. Vui lòng thử lại.');
    } finally {
      setUploading(null);
    }
  }

  return (
    <Card title="Tải lên tệp Excel" style={{ marginBottom: 16 }}>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={uploading !== null}
        beforeUpload={(file) => {
          void send(file);
          // The file goes through our own request (progress, CSRF header, server messages).
          return false;
        }}
        aria-label="Chọn tệp Excel để nhập"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">Kéo thả tệp .xlsx vào đây hoặc bấm để chọn tệp</p>
        <p className="ant-upload-hint">
          Một tệp mỗi lần, tối đa 20 MB và 100.000 dòng. Tên cột được tự nhận biết (“Tên HTX”, “MST”, “Số TV”,
          “Vốn điều lệ (triệu đồng)”…); bạn kiểm tra lại ở bước sau.
        </p>
      </Upload.Dragger>
      {uploading && (
        <div style={{ marginTop: 16 }}>
          <Typography.Text>Đang tải lên {uploading.name}…</Typography.Text>
          <Progress percent={uploading.percent} aria-label="Tiến độ tải lên" />
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="Tệp không được nhận"
          description={error}
          style={{ marginTop: 16 }}
        />
      )}
    </Card>
  );
}

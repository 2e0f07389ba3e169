import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { UploadOutcome } from '../../api/media-library-api';
import { UploadQueueList } from './upload-queue-list';
import { type AllowedKinds, acceptAttribute } from './upload-rules';
import { useUploadQueue } from './use-upload-queue';

interface Props {
  allowed: AllowedKinds;
  onUploaded?: (outcome: UploadOutcome) => void;
  /** Shorter drop zone, for use inside a form. */
  compact?: boolean;
}

const LIMITS: Record<AllowedKinds, string> = {
  image: 'Ảnh JPEG, PNG, WebP, GIF tối đa 10 MB.',
  file: 'Tài liệu PDF, DOC, DOCX, XLS, XLSX tối đa 20 MB.',
  any: 'Ảnh JPEG, PNG, WebP, GIF tối đa 10 MB; tài liệu PDF, DOC, DOCX, XLS, XLSX tối đa 20 MB.',
};

/** Drag-and-drop (or click) upload to the media library, with a per-file result list. */
export function UploadPanel({ allowed, onUploaded, compact }: Props) {
  const queue = useUploadQueue(allowed, onUploaded);
  return (
    <div>
      <Upload.Dragger
        multiple
        accept={acceptAttribute(allowed)}
        showUploadList={false}
        beforeUpload={(file) => {
          queue.add(file);
          // The queue uploads it (one at a time, with the server's message per file).
          return Upload.LIST_IGNORE;
        }}
      >
        {!compact && (
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
        )}
        <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn tệp</p>
        <p className="ant-upload-hint">{LIMITS[allowed]} Có thể chọn nhiều tệp.</p>
      </Upload.Dragger>
      <UploadQueueList items={queue.items} onClear={queue.clearFinished} />
    </div>
  );
}

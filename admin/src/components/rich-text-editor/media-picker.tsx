import { CheckCircleFilled, InboxOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Empty, Flex, Input, Pagination, Progress, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { listImages, type MediaDto, mediaKey, previewUrl, uploadMedia } from '../../api/media-api';

const PAGE_SIZE = 18;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

interface Props {
  selectedId: string | null;
  onPick: (media: MediaDto) => void;
}

/** The image library: upload a new image or pick one already there (searchable, without diacritics). */
export function MediaPicker({ selectedId, onPick }: Props) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const params = { q: q || undefined, page, pageSize: PAGE_SIZE };
  const images = useQuery({
    queryKey: mediaKey(params),
    queryFn: ({ signal }) => listImages(params, signal),
    placeholderData: keepPreviousData,
  });
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function upload(file: File) {
    setUploadError(null);
    setProgress(0);
    try {
      const media = await uploadMedia(file, file.name, setProgress);
      queryClient.invalidateQueries({ queryKey: mediaKey() });
      onPick(media);
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : 'Tải ảnh lên không thành công.');
    } finally {
      setProgress(null);
    }
  }

  return (
    <Flex vertical gap="middle">
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={progress !== null}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">Bấm hoặc kéo ảnh vào đây để tải lên</p>
        <p className="ant-upload-hint">JPEG, PNG, WebP hoặc GIF, tối đa 10 MB.</p>
      </Upload.Dragger>
      {progress !== null && <Progress percent={progress} aria-label="Tiến độ tải ảnh lên" />}
      {uploadError && <Alert type="error" showIcon title={uploadError} />}
      <Input.Search
        aria-label="Tìm ảnh trong thư viện"
        placeholder="Tìm ảnh theo tên, mô tả hoặc chú thích"
        allowClear
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
      />
      {images.isError && <Alert type="error" showIcon title={images.error.message} />}
      <Spin spinning={images.isFetching}>
        {images.data && images.data.items.length === 0 ? (
          <Empty description={q ? 'Không có ảnh phù hợp.' : 'Thư viện chưa có ảnh nào.'} />
        ) : (
          <ul className="rte-media-grid" aria-label="Ảnh trong thư viện">
            {images.data?.items.map((media) => (
              <li key={media.id}>
                <button
                  type="button"
                  className="rte-media-grid__item"
                  aria-pressed={media.id === selectedId}
                  onClick={() => onPick(media)}
                  title={media.originalName}
                >
                  <img src={previewUrl(media, 200)} alt="" loading="lazy" />
                  <span className="rte-media-grid__name">{media.alt || media.originalName}</span>
                  {!media.alt && <span className="rte-media-grid__badge">Chưa có mô tả</span>}
                  {media.id === selectedId && (
                    <CheckCircleFilled className="rte-media-grid__check" aria-label="Đang chọn" />
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Spin>
      {(images.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          align="center"
          current={page}
          pageSize={PAGE_SIZE}
          total={images.data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      )}
      <Typography.Text type="secondary">
        Ảnh được chuyển sang nhiều kích cỡ WebP và JPEG để trang tải nhanh trên điện thoại.
      </Typography.Text>
    </Flex>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Modal, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { getMedia, type MediaDto, mediaItemKey, previewUrl, updateMedia } from '../../../api/media-api';

// The picker is part of the rich-text-editor folder; loaded only when the dialog opens.
const MediaPicker = lazy(() =>
  import('../../../components/rich-text-editor/media-picker').then((m) => ({ default: m.MediaPicker })),
);

export function useCoverMedia(mediaId: string | null | undefined) {
  return useQuery({
    queryKey: mediaItemKey(mediaId ?? ''),
    queryFn: ({ signal }) => getMedia(mediaId ?? '', signal),
    enabled: Boolean(mediaId),
  });
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  disabled?: boolean;
  id?: string;
}

/** Form control of the cover image: the media id, with the image's alt text and caption edited in place. */
export function CoverPicker({ value, onChange, disabled, id }: Props) {
  const [choosing, setChoosing] = useState(false);
  const media = useCoverMedia(value);
  const queryClient = useQueryClient();

  return (
    <div id={id}>
      {value && media.isPending && <Spin aria-label="Đang tải ảnh" />}
      {media.isError && <Alert type="error" showIcon title={media.error.message} />}
      {value && media.data && (
        <CoverDetails
          key={media.data.id}
          media={media.data}
          disabled={disabled}
          onSaved={(saved) => queryClient.setQueryData(mediaItemKey(saved.id), saved)}
        />
      )}
      {!disabled && (
        <Space wrap style={{ marginTop: value ? 12 : 0 }}>
          <Button onClick={() => setChoosing(true)}>
            {value ? 'Đổi ảnh đại diện' : 'Chọn ảnh đại diện'}
          </Button>
          {value && (
            <Button style={{ color: '#a8071a' }} onClick={() => onChange?.(null)}>
              Bỏ ảnh
            </Button>
          )}
        </Space>
      )}
      <Modal
        open={choosing}
        title="Chọn ảnh đại diện"
        onCancel={() => setChoosing(false)}
        footer={null}
        width={760}
        destroyOnHidden
      >
        <Suspense fallback={<Spin />}>
          <MediaPicker
            selectedId={value ?? null}
            onPick={(picked) => {
              queryClient.setQueryData(mediaItemKey(picked.id), picked);
              onChange?.(picked.id);
              setChoosing(false);
            }}
          />
        </Suspense>
      </Modal>
    </div>
  );
}

function CoverDetails({
  media,
  disabled,
  onSaved,
}: {
  media: MediaDto;
  disabled?: boolean;
  onSaved: (media: MediaDto) => void;
}) {
  const [alt, setAlt] = useState(media.alt);
  const [caption, setCaption] = useState(media.caption);
  const save = useMutation({
    mutationFn: () => updateMedia(media.id, { alt: alt.trim(), caption: caption.trim() }),
    onSuccess: onSaved,
  });
  const changed = alt.trim() !== media.alt || caption.trim() !== media.caption;

  return (
    <Flex vertical gap="small">
      <img
        src={previewUrl(media, 480)}
        alt={media.alt ? `Ảnh đại diện: ${media.alt}` : 'Ảnh đại diện (chưa có mô tả)'}
        style={{ width: '100%', maxHeight: 220, objectFit: 'cover', borderRadius: 6 }}
      />
      {!media.alt && (
        <Alert type="warning" showIcon title="Ảnh đại diện cần có mô tả (alt) trước khi đăng." />
      )}
      <label htmlFor="cover-alt">
        <Typography.Text strong>Mô tả ảnh (alt)</Typography.Text>
      </label>
      <Input
        id="cover-alt"
        value={alt}
        maxLength={300}
        disabled={disabled}
        onChange={(event) => setAlt(event.target.value)}
        placeholder="Ảnh cho thấy điều gì?"
      />
      <label htmlFor="cover-caption">
        <Typography.Text strong>Chú thích ảnh</Typography.Text>
      </label>
      <Input
        id="cover-caption"
        value={caption}
        maxLength={1000}
        disabled={disabled}
        onChange={(event) => setCaption(event.target.value)}
        placeholder="Ảnh: …"
      />
      {save.isError && <Alert type="error" showIcon title={save.error.message} />}
      {!disabled && (
        <Button
          size="small"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!changed || !alt.trim()}
          style={{ alignSelf: 'start' }}
        >
          Lưu mô tả ảnh
        </Button>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        Mô tả và chú thích thuộc về ảnh trong thư viện: bài khác dùng lại ảnh này cũng thấy.
      </Typography.Text>
    </Flex>
  );
}

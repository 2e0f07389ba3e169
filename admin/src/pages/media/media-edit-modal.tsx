import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import {
  invalidateMediaQueries,
  type MediaDto,
  type MediaUpdate,
  updateMedia,
} from '../../api/media-library-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { useLastPresent } from '../../lib/use-last-present';
import { absoluteUrl, describeAsset } from './media-display';

/** The server's limits (MediaUpdate). */
const ALT_MAX = 300;
const CAPTION_MAX = 1000;

export function MediaEditModal({ asset, onClose }: { asset: MediaDto | null; onClose: () => void }) {
  const shown = useLastPresent(asset);
  return (
    <Modal
      open={asset !== null}
      title={shown && (shown.kind === 'image' ? 'Mô tả ảnh' : 'Mô tả tệp')}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
    >
      {shown && <MediaEditForm asset={shown} onClose={onClose} />}
    </Modal>
  );
}

function MediaEditForm({ asset, onClose }: { asset: MediaDto; onClose: () => void }) {
  const [form] = Form.useForm<Required<MediaUpdate>>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (input: MediaUpdate) => updateMedia(asset.id, input),
    onSuccess: () => {
      invalidateMediaQueries(queryClient);
      message.success('Đã lưu mô tả.');
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });
  const isImage = asset.kind === 'image';
  const preview = asset.variants.find((v) => v.format === 'webp' && v.width >= 640) ?? asset.variants.at(-1);

  return (
    <>
      {isImage && preview && (
        <img
          src={preview.url}
          alt=""
          style={{ display: 'block', maxWidth: '100%', maxHeight: 320, margin: '0 auto 16px' }}
        />
      )}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: 'Tên tệp', children: asset.originalName },
          { key: 'type', label: 'Định dạng', children: describeAsset(asset) },
          { key: 'at', label: 'Tải lên lúc', children: formatDateTime(asset.createdAt) },
          {
            key: 'url',
            label: 'Địa chỉ',
            children: (
              <Typography.Text
                copyable={{ text: absoluteUrl(asset.url), tooltips: ['Sao chép', 'Đã sao chép'] }}
                style={{ wordBreak: 'break-all' }}
              >
                {asset.url}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ alt: asset.alt, caption: asset.caption }}
        onFinish={(values) => {
          setError(null);
          save.mutate(
            isImage
              ? { alt: values.alt.trim(), caption: values.caption.trim() }
              : { caption: values.caption.trim() },
          );
        }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {isImage && (
          <Form.Item
            name="alt"
            label="Mô tả ảnh (alt)"
            extra="Bắt buộc trước khi ảnh được đăng trong bài: mô tả ngắn nội dung ảnh cho người dùng trình đọc màn hình, ví dụ “Lãnh đạo tỉnh thăm HTX chè Tân Cương”."
            rules={[
              {
                required: true,
                whitespace: true,
                warningOnly: true,
                message: 'Ảnh chưa có mô tả: chưa thể đăng trong bài viết.',
              },
              { max: ALT_MAX, message: `Tối đa ${ALT_MAX} ký tự.` },
            ]}
          >
            <Input maxLength={ALT_MAX} showCount autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="caption"
          label={isImage ? 'Chú thích' : 'Mô tả'}
          extra={isImage ? 'Hiện dưới ảnh trong bài, ví dụ “Ảnh: Trung tâm Hỗ trợ HTX”.' : undefined}
          rules={[{ max: CAPTION_MAX, message: `Tối đa ${CAPTION_MAX} ký tự.` }]}
        >
          <Input.TextArea rows={3} maxLength={CAPTION_MAX} showCount />
        </Form.Item>
        <ModalFormActions submitText="Lưu" loading={save.isPending} onCancel={onClose} />
      </Form>
    </>
  );
}

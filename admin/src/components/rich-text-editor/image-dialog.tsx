import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { bodyImageAttrs, type MediaDto, previewUrl, updateMedia } from '../../api/media-api';
import { type FigureImageAttrs, isLibrarySrc } from './figure-image';
import { MediaPicker } from './media-picker';

interface Props {
  /** Null: closed. `{}`: insert a new image. Attributes: edit the selected image. */
  target: Partial<FigureImageAttrs> | null;
  onClose: () => void;
  onSubmit: (attrs: FigureImageAttrs) => void;
}

export function ImageDialog({ target, onClose, onSubmit }: Props) {
  const editing = Boolean(target?.src);
  return (
    <Modal
      open={target !== null}
      title={editing ? 'Sửa ảnh' : 'Chèn ảnh'}
      onCancel={onClose}
      footer={null}
      width={760}
      destroyOnHidden
    >
      {target && <ImageForm target={target} onClose={onClose} onSubmit={onSubmit} />}
    </Modal>
  );
}

interface Values {
  alt: string;
  caption: string;
}

function ImageForm({ target, onClose, onSubmit }: Props & { target: Partial<FigureImageAttrs> }) {
  const [form] = Form.useForm<Values>();
  const [media, setMedia] = useState<MediaDto | null>(null);
  const hasCurrent = Boolean(target.src);
  const [picking, setPicking] = useState(!hasCurrent || !isLibrarySrc(target.src));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function pick(chosen: MediaDto) {
    setMedia(chosen);
    setPicking(false);
    const current = form.getFieldsValue();
    form.setFieldsValue({
      alt: current.alt?.trim() ? current.alt : chosen.alt,
      caption: current.caption?.trim() ? current.caption : chosen.caption,
    });
  }

  async function submit(values: Values) {
    const alt = values.alt.trim();
    const caption = (values.caption ?? '').trim();
    if (!media && !isLibrarySrc(target.src)) {
      setError('Vui lòng chọn hoặc tải lên một ảnh trong thư viện.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      // The library remembers what the editor wrote, for the next article that reuses the image.
      if (media && ((!media.alt && alt) || (!media.caption && caption))) {
        await updateMedia(media.id, {
          ...(media.alt ? {} : { alt }),
          ...(media.caption ? {} : { caption }),
        });
      }
    } catch {
      // Not a reason to lose the insertion: the article keeps its own alt and caption.
    } finally {
      setSaving(false);
    }
    const base = media
      ? bodyImageAttrs(media)
      : {
          src: target.src ?? '',
          srcset: target.srcset ?? null,
          sizes: target.sizes ?? null,
          width: target.width ?? null,
          height: target.height ?? null,
          mediaId: target.mediaId ?? null,
        };
    onSubmit({ ...base, alt, caption });
  }

  const shownSrc = media ? previewUrl(media, 480) : target.src;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ alt: target.alt ?? '', caption: target.caption ?? '' }}
      onFinish={submit}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {hasCurrent && !isLibrarySrc(target.src) && !media && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Ảnh này được dán từ nơi khác và chưa có trong thư viện."
          description="Website chỉ hiển thị ảnh trong thư viện: hãy tải ảnh gốc lên hoặc chọn ảnh đã có."
        />
      )}
      {shownSrc && !picking && (
        <Flex gap="middle" align="start" style={{ marginBottom: 16 }}>
          <img src={shownSrc} alt="" className="rte-image-preview" />
          <Button onClick={() => setPicking(true)}>Chọn ảnh khác</Button>
        </Flex>
      )}
      {picking && (
        <div style={{ marginBottom: 16 }}>
          <MediaPicker selectedId={media?.id ?? target.mediaId ?? null} onPick={pick} />
        </div>
      )}
      <Form.Item
        name="alt"
        label="Mô tả ảnh (alt)"
        extra="Bắt buộc: người khiếm thị nghe đoạn mô tả này thay cho ảnh. Ví dụ: “Xã viên thu hoạch lúa trên cánh đồng mẫu lớn”."
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập mô tả ảnh.' },
          { max: 300, message: 'Mô tả ảnh tối đa 300 ký tự.' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="caption"
        label="Chú thích"
        extra="Hiện dưới ảnh, ví dụ: “Ảnh: Hội nghị tổng kết năm 2024”."
        rules={[{ max: 1000, message: 'Chú thích tối đa 1000 ký tự.' }]}
      >
        <Input placeholder="Ảnh: …" autoComplete="off" />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        Bấm đúp vào ảnh trong bài để sửa lại mô tả hoặc chú thích.
      </Typography.Paragraph>
      <Flex justify="end" gap="small" style={{ marginTop: 24 }}>
        <Button onClick={onClose}>Hủy</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {hasCurrent ? 'Cập nhật ảnh' : 'Chèn ảnh'}
        </Button>
      </Flex>
    </Form>
  );
}

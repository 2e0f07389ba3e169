import { Button, Flex, Form, Input, Modal } from 'antd';

export interface LinkTarget {
  href: string;
  /** The selection is empty: the dialog asks for the text to show. */
  needsText: boolean;
}

interface Props {
  target: LinkTarget | null;
  onClose: () => void;
  onSubmit: (href: string, text: string) => void;
  onRemove: () => void;
}

export function LinkDialog({ target, onClose, onSubmit, onRemove }: Props) {
  return (
    <Modal
      open={target !== null}
      title={target?.href ? 'Sửa liên kết' : 'Chèn liên kết'}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {target && <LinkForm target={target} onClose={onClose} onSubmit={onSubmit} onRemove={onRemove} />}
    </Modal>
  );
}

interface Values {
  href: string;
  text?: string;
}

/** http(s), mailto:, tel: or a path of this website ("/tin-tuc/…"). */
export function normalizeHref(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  if (/^(mailto|tel):/i.test(value)) return value;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function LinkForm({ target, onClose, onSubmit, onRemove }: Props & { target: LinkTarget }) {
  const [form] = Form.useForm<Values>();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ href: target.href, text: '' }}
      onFinish={(values) => onSubmit(normalizeHref(values.href) ?? '', values.text?.trim() ?? '')}
    >
      <Form.Item
        name="href"
        label="Địa chỉ liên kết"
        extra="Ví dụ: https://chinhphu.vn, /tin-tuc/ten-bai-viet hoặc mailto:lienminh@example.vn"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập địa chỉ liên kết.' },
          {
            validator: (_, value: string) =>
              !value?.trim() || normalizeHref(value)
                ? Promise.resolve()
                : Promise.reject(new Error('Địa chỉ không hợp lệ (cần http://, https://, mailto: hoặc /).')),
          },
        ]}
      >
        <Input autoComplete="off" inputMode="url" autoFocus />
      </Form.Item>
      {target.needsText && (
        <Form.Item
          name="text"
          label="Chữ hiển thị"
          extra="Để trống thì hiện chính địa chỉ liên kết."
          rules={[{ max: 300, message: 'Tối đa 300 ký tự.' }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Flex justify="space-between" gap="small" style={{ marginTop: 24 }}>
        <div>
          {target.href && (
            <Button style={{ color: '#a8071a' }} onClick={onRemove}>
              Gỡ liên kết
            </Button>
          )}
        </div>
        <Flex gap="small">
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" htmlType="submit">
            {target.href ? 'Cập nhật' : 'Chèn liên kết'}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

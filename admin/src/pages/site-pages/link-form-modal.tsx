import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { createLink, type LinkDto, type LinkInput, linksKey, updateLink } from '../../api/pages-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { useLastPresent } from '../../lib/use-last-present';
import { hrefRule } from './href-rules';

export type LinkTarget = LinkDto | 'new';

export function LinkFormModal({
  target,
  nextPosition,
  onClose,
}: {
  target: LinkTarget | null;
  nextPosition: number;
  onClose: () => void;
}) {
  const shown = useLastPresent(target);
  return (
    <Modal
      open={target !== null}
      title={shown === 'new' ? 'Thêm liên kết website' : 'Sửa liên kết website'}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {shown && (
        <LinkForm link={shown === 'new' ? null : shown} nextPosition={nextPosition} onClose={onClose} />
      )}
    </Modal>
  );
}

function LinkForm({
  link,
  nextPosition,
  onClose,
}: {
  link: LinkDto | null;
  nextPosition: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<LinkInput>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (input: LinkInput) => (link ? updateLink(link.id, input) : createLink(input)),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: linksKey });
      message.success(link ? 'Đã lưu liên kết.' : 'Đã thêm liên kết.');
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={link ?? { title: '', url: 'https://', position: nextPosition }}
      onFinish={(values) => {
        setError(null);
        save.mutate({ title: values.title.trim(), url: values.url.trim(), position: values.position ?? 0 });
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="title"
        label="Tên website"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập tên website.' },
          { max: 200, message: 'Tên tối đa 200 ký tự.' },
        ]}
      >
        <Input placeholder="vd. Liên minh Hợp tác xã Việt Nam" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="url"
        label="Địa chỉ"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập địa chỉ.' },
          { max: 500, message: 'Địa chỉ tối đa 500 ký tự.' },
          hrefRule(
            ['https:', 'http:'],
            'Địa chỉ phải bắt đầu bằng https:// hoặc http:// (hoặc / cho trang trên website này).',
          ),
        ]}
      >
        <Input type="url" placeholder="https://vca.org.vn" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="position"
        label="Thứ tự"
        extra="Số nhỏ hiển thị trước."
        rules={[{ type: 'integer', min: 0, max: 10_000, message: 'Thứ tự là số nguyên từ 0 đến 10.000.' }]}
      >
        <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <ModalFormActions
        submitText={link ? 'Lưu' : 'Thêm liên kết'}
        loading={save.isPending}
        onCancel={onClose}
      />
    </Form>
  );
}

import { Form, Input, Modal } from 'antd';
import { ModalFormActions } from '../../../components/modal-form-actions';

interface Props {
  open: boolean;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (comment: string) => void;
}

/** An editor sends an article back to its author with a comment the author sees in the editor. */
export function ReturnModal({ open, loading, onCancel, onSubmit }: Props) {
  return (
    <Modal open={open} title="Trả lại bài cho người viết" onCancel={onCancel} footer={null} destroyOnHidden>
      <ReturnForm loading={loading} onCancel={onCancel} onSubmit={onSubmit} />
    </Modal>
  );
}

function ReturnForm({ loading, onCancel, onSubmit }: Omit<Props, 'open'>) {
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.comment.trim())}>
      <Form.Item
        name="comment"
        label="Nhận xét cho người viết"
        extra="Người viết thấy nhận xét này khi mở bài để sửa."
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng ghi nhận xét khi trả lại bài.' },
          { max: 2000, message: 'Nhận xét tối đa 2000 ký tự.' },
        ]}
      >
        <Input.TextArea rows={5} showCount maxLength={2000} autoFocus />
      </Form.Item>
      <ModalFormActions submitText="Trả lại bài" loading={loading} onCancel={onCancel} />
    </Form>
  );
}

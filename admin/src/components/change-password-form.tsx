import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useChangePassword } from '../auth/use-auth-actions';
import { applyServerErrors } from '../lib/form-errors';

const MIN_LENGTH = 10;

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const changePassword = useChangePassword();

  function submit({ currentPassword, newPassword }: Values) {
    setError(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
        onError: (err) => setError(applyServerErrors(form, err)),
      },
    );
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label="Mật khẩu hiện tại"
        rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="Mật khẩu mới"
        extra={`Ít nhất ${MIN_LENGTH} ký tự, khác mật khẩu hiện tại.`}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: 'Vui lòng nhập mật khẩu mới.' },
          { min: MIN_LENGTH, message: `Mật khẩu mới phải có ít nhất ${MIN_LENGTH} ký tự.` },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error('Mật khẩu mới phải khác mật khẩu hiện tại.'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="Nhập lại mật khẩu mới"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Vui lòng nhập lại mật khẩu mới.' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error('Mật khẩu nhập lại không khớp.')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        Đổi mật khẩu
      </Button>
    </Form>
  );
}

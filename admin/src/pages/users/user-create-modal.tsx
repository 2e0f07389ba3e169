import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { type CreateUserInput, createUser, usersKey } from '../../api/users-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { ROLE_OPTIONS } from '../../lib/roles';
import type { TemporaryPassword } from './temporary-password-modal';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: TemporaryPassword) => void;
}

export function UserCreateModal({ open, onClose, onCreated }: Props) {
  return (
    <Modal open={open} title="Thêm người dùng" onCancel={onClose} footer={null} destroyOnHidden>
      <UserCreateForm onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function UserCreateForm({ onClose, onCreated }: Omit<Props, 'open'>) {
  const [form] = Form.useForm<CreateUserInput>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: createUser,
    onSuccess: ({ user, temporaryPassword }) => {
      queryClient.invalidateQueries({ queryKey: usersKey() });
      onCreated({ email: user.email, password: temporaryPassword });
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => {
        setError(null);
        create.mutate({ ...values, email: values.email.trim().toLowerCase() });
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="email"
        label="Email"
        rules={[
          { required: true, message: 'Vui lòng nhập email.' },
          { type: 'email', message: 'Email không hợp lệ.' },
        ]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="fullName"
        label="Họ tên"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label="Vai trò" rules={[{ required: true, message: 'Vui lòng chọn vai trò.' }]}>
        <Select options={ROLE_OPTIONS} placeholder="Chọn vai trò" />
      </Form.Item>
      <ModalFormActions submitText="Tạo tài khoản" loading={create.isPending} onCancel={onClose} />
    </Form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import type { User } from '../../api/types';
import { type UpdateUserInput, updateUser, usersKey } from '../../api/users-api';
import { useAuth } from '../../auth/auth-context';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { ROLE_OPTIONS, type Role } from '../../lib/roles';
import { useLastPresent } from '../../lib/use-last-present';

interface Values {
  fullName: string;
  role: Role;
  disabled: boolean;
}

export function UserEditModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const shown = useLastPresent(user);
  return (
    <Modal
      open={user !== null}
      title={shown && `Sửa người dùng ${shown.email}`}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {shown && <UserEditForm user={shown} onClose={onClose} />}
    </Modal>
  );
}

function UserEditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { user: me } = useAuth();
  const isSelf = user.id === me.id;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const update = useMutation({
    mutationFn: (input: UpdateUserInput) => updateUser(user.id, input),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: usersKey() });
      message.success('Đã lưu thay đổi.');
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  function submit(values: Values) {
    const input = changedFields(user, values);
    if (Object.keys(input).length === 0) return onClose();
    setError(null);
    update.mutate(input);
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ fullName: user.fullName, role: user.role, disabled: user.disabled }}
      onFinish={submit}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {isSelf && (
        <Alert
          type="info"
          showIcon
          title="Bạn không thể tự đổi vai trò hoặc khóa tài khoản của chính mình."
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="fullName"
        label="Họ tên"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên.' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label="Vai trò" rules={[{ required: true, message: 'Vui lòng chọn vai trò.' }]}>
        <Select options={ROLE_OPTIONS} disabled={isSelf} />
      </Form.Item>
      <Form.Item
        name="disabled"
        label="Khóa tài khoản"
        valuePropName="checked"
        extra="Tài khoản bị khóa không đăng nhập được và mọi phiên đang mở sẽ bị đăng xuất."
      >
        <Switch checkedChildren="Đã khóa" unCheckedChildren="Hoạt động" disabled={isSelf} />
      </Form.Item>
      <ModalFormActions submitText="Lưu" loading={update.isPending} onCancel={onClose} />
    </Form>
  );
}

function changedFields(user: User, values: Values): UpdateUserInput {
  const input: UpdateUserInput = {};
  if (values.fullName.trim() !== user.fullName) input.fullName = values.fullName.trim();
  if (values.role !== user.role) input.role = values.role;
  if (values.disabled !== user.disabled) input.disabled = values.disabled;
  return input;
}

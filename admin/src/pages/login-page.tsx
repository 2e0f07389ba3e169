import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { LoginInput } from '../api/session-api';
import { useLogin } from '../auth/use-auth-actions';
import { useSessionQuery } from '../auth/use-session-query';
import { AuthCard } from '../components/auth-card';
import { applyServerErrors } from '../lib/form-errors';

export function LoginPage() {
  const session = useSessionQuery();
  const location = useLocation();
  const [form] = Form.useForm<LoginInput>();
  const [error, setError] = useState<string | null>(null);
  const login = useLogin();

  if (session.data) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? '/'} replace />;
  }

  function submit(values: LoginInput) {
    setError(null);
    login.mutate(values, {
      onError: (err) => {
        setError(applyServerErrors(form, err));
        form.setFieldValue('password', '');
      },
    });
  }

  return (
    <AuthCard title="Đăng nhập">
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="email"
          label="Email"
          rules={[
            { required: true, message: 'Vui lòng nhập email.' },
            { type: 'email', message: 'Email không hợp lệ.' },
          ]}
        >
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label="Mật khẩu"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          Đăng nhập
        </Button>
      </Form>
    </AuthCard>
  );
}

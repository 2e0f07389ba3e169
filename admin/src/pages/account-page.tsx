import { App, Card, Descriptions, Space } from 'antd';
import { useAuth } from '../auth/auth-context';
import { ChangePasswordForm } from '../components/change-password-form';
import { PageHeading } from '../components/page-heading';
import { roleLabel } from '../lib/roles';

export function AccountPage() {
  const { user, tenant } = useAuth();
  const { message } = App.useApp();

  return (
    <>
      <PageHeading title="Tài khoản của tôi" />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title="Thông tin tài khoản">
          <Descriptions
            column={1}
            items={[
              { key: 'fullName', label: 'Họ tên', children: user.fullName },
              { key: 'email', label: 'Email', children: user.email },
              { key: 'role', label: 'Vai trò', children: roleLabel(user.role) },
              { key: 'tenant', label: 'Đơn vị', children: tenant.name },
            ]}
          />
        </Card>
        <Card title="Đổi mật khẩu">
          <ChangePasswordForm onDone={() => message.success('Đã đổi mật khẩu.')} />
        </Card>
      </Space>
    </>
  );
}

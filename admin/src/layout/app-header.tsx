import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Layout, Space, Typography, theme } from 'antd';
import { useAuth } from '../auth/auth-context';
import { useLogout } from '../auth/use-auth-actions';
import { roleLabel } from '../lib/roles';

export function AppHeader() {
  const { user, tenant } = useAuth();
  const logout = useLogout();
  const { message } = App.useApp();
  const { token } = theme.useToken();

  return (
    <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24 }}>
      <Flex align="center" justify="space-between" gap="middle" style={{ height: '100%' }}>
        <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
          {tenant.name}
        </Typography.Text>
        <Space size="middle" align="center">
          <Typography.Text>
            <UserOutlined aria-hidden /> {user.fullName}{' '}
            <Typography.Text type="secondary">({roleLabel(user.role)})</Typography.Text>
          </Typography.Text>
          <Button
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onError: (error) => message.error(error.message) })}
          >
            Đăng xuất
          </Button>
        </Space>
      </Flex>
    </Layout.Header>
  );
}

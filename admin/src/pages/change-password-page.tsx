import { Alert, App, Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { useLogout } from '../auth/use-auth-actions';
import { AuthCard } from '../components/auth-card';
import { ChangePasswordForm } from '../components/change-password-form';
import { LinkButton } from '../components/link-button';

export function ChangePasswordPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();

  function done() {
    message.success('Đã đổi mật khẩu.');
    navigate('/', { replace: true });
  }

  return (
    <AuthCard title="Đổi mật khẩu">
      {user.mustChangePassword && (
        <Alert
          type="info"
          showIcon
          title="Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống."
          style={{ marginBottom: 16 }}
        />
      )}
      <ChangePasswordForm onDone={done} />
      <Flex justify="end" style={{ marginTop: 16 }}>
        {user.mustChangePassword ? (
          <Button type="link" onClick={() => logout.mutate()} loading={logout.isPending}>
            Đăng xuất
          </Button>
        ) : (
          <LinkButton type="link" to="/">
            Về trang tổng quan
          </LinkButton>
        )}
      </Flex>
    </AuthCard>
  );
}

import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../components/full-page-spin';
import { AuthContext } from './auth-context';
import { useSessionQuery } from './use-session-query';

const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/** Lets only signed-in users through, and holds them on the password page while a change is due. */
export function RequireAuth() {
  const session = useSessionQuery();
  const location = useLocation();

  if (session.data === undefined) {
    if (session.isError) {
      return (
        <Result
          status="error"
          title="Không tải được phiên làm việc"
          subTitle={session.error.message}
          extra={<Button onClick={() => session.refetch()}>Thử lại</Button>}
        />
      );
    }
    return <FullPageSpin />;
  }
  if (session.data === null) {
    const from = location.pathname + location.search;
    return <Navigate to="/dang-nhap" replace state={{ from }} />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return (
    <AuthContext value={session.data}>
      <Outlet />
    </AuthContext>
  );
}

import { Result } from 'antd';
import type { ReactNode } from 'react';
import { LinkButton } from '../components/link-button';
import { hasRole, type Role } from '../lib/roles';
import { useAuth } from './auth-context';

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (hasRole(user.role, roles)) return children;
  return (
    <Result
      status="403"
      title="Không có quyền truy cập"
      subTitle="Tài khoản của bạn không được phép xem trang này."
      extra={
        <LinkButton type="primary" to="/">
          Về trang tổng quan
        </LinkButton>
      }
    />
  );
}

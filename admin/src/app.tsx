import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/require-auth';
import { RequireRole } from './auth/require-role';
import { FullPageSpin } from './components/full-page-spin';
import { AdminLayout } from './layout/admin-layout';
import { ACCESS } from './lib/roles';

// One chunk per page: the first screen only loads the shell and the page it shows.
const LoginPage = lazy(() => import('./pages/login-page').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('./pages/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const UsersPage = lazy(() => import('./pages/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./pages/audit-page').then((m) => ({ default: m.AuditPage })));
const TenantSettingsPage = lazy(() =>
  import('./pages/tenant-settings-page').then((m) => ({ default: m.TenantSettingsPage })),
);
const AccountPage = lazy(() => import('./pages/account-page').then((m) => ({ default: m.AccountPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AdminApp() {
  return (
    <BrowserRouter basename="/quan-tri">
      <Suspense fallback={<FullPageSpin />}>
        <Routes>
          <Route path="/dang-nhap" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route path="/doi-mat-khau" element={<ChangePasswordPage />} />
            <Route element={<AdminLayout />}>
              <Route index element={<DashboardPage />} />
              <Route
                path="/nguoi-dung"
                element={
                  <RequireRole roles={ACCESS.users}>
                    <UsersPage />
                  </RequireRole>
                }
              />
              <Route
                path="/nhat-ky"
                element={
                  <RequireRole roles={ACCESS.audit}>
                    <AuditPage />
                  </RequireRole>
                }
              />
              <Route
                path="/cai-dat"
                element={
                  <RequireRole roles={ACCESS.tenantSettings}>
                    <TenantSettingsPage />
                  </RequireRole>
                }
              />
              <Route path="/tai-khoan" element={<AccountPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}

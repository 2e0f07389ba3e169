import { Layout, Menu, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { FullPageSpin } from '../components/full-page-spin';
import { AppHeader } from './app-header';
import { activeMenuPath, menuItemsFor } from './menu-items';
import { PageErrorBoundary } from './page-error-boundary';

export function AdminLayout() {
  const { user } = useAuth();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const items = menuItemsFor(user.role);
  const active = activeMenuPath(items, pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
        <Typography.Text
          strong
          style={{ display: 'block', color: '#fff', padding: '20px 24px', whiteSpace: 'nowrap' }}
        >
          {collapsed ? 'HT' : 'Hợp Tác'}
        </Typography.Text>
        <nav aria-label="Menu quản trị">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={active ? [active] : []}
            items={items.map((item) => ({
              key: item.path,
              icon: item.icon,
              label: <Link to={item.path}>{item.label}</Link>,
            }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ margin: 24 }}>
          <PageErrorBoundary key={pathname}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import { Card, Flex, Space, Typography } from 'antd';
import { useAuth } from '../auth/auth-context';
import { LinkButton } from '../components/link-button';
import { PageHeading } from '../components/page-heading';
import { menuItemsFor } from '../layout/menu-items';
import { ACCESS, hasRole, roleLabel } from '../lib/roles';
import { DemoBanner } from './dashboard/demo-banner';
import { RecentAuditCard } from './dashboard/recent-audit-card';

export function DashboardPage() {
  const { user, tenant } = useAuth();
  const quickLinks = menuItemsFor(user.role).filter((item) => item.path !== '/');

  return (
    <>
      <PageHeading title="Tổng quan" />
      <DemoBanner role={user.role} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
            Xin chào, {user.fullName}
          </Typography.Title>
          <Typography.Paragraph>
            Bạn đang làm việc tại <strong>{tenant.name}</strong> với vai trò{' '}
            <strong>{roleLabel(user.role)}</strong>.
          </Typography.Paragraph>
          <Flex wrap gap="small">
            {quickLinks.map((item) => (
              <LinkButton key={item.path} icon={item.icon} to={item.path}>
                {item.label}
              </LinkButton>
            ))}
          </Flex>
        </Card>
        {hasRole(user.role, ACCESS.audit) && <RecentAuditCard />}
      </Space>
    </>
  );
}

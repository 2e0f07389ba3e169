import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title';

/** Centered card for the pages shown outside the main layout (sign-in, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  const { token } = theme.useToken();
  return (
    <Flex
      component="main"
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Text type="secondary">Hợp Tác — Quản trị</Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 4 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}

import {
  AuditOutlined,
  DashboardOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ACCESS, hasRole, type Role } from '../lib/roles';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Roles that see the entry; everyone when absent. */
  roles?: readonly Role[];
}

export const MENU_ITEMS: MenuEntry[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardOutlined /> },
  { path: '/nguoi-dung', label: 'Người dùng', icon: <TeamOutlined />, roles: ACCESS.users },
  { path: '/nhat-ky', label: 'Nhật ký hệ thống', icon: <AuditOutlined />, roles: ACCESS.audit },
  { path: '/cai-dat', label: 'Cài đặt đơn vị', icon: <SettingOutlined />, roles: ACCESS.tenantSettings },
  { path: '/tai-khoan', label: 'Tài khoản của tôi', icon: <UserOutlined /> },
];

export function menuItemsFor(role: Role): MenuEntry[] {
  return MENU_ITEMS.filter((item) => hasRole(role, item.roles));
}

/** The entry owning the current path: the longest matching prefix, '/' only for itself. */
export function activeMenuPath(items: MenuEntry[], pathname: string): string | undefined {
  return items
    .map((item) => item.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

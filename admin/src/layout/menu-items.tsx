import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ContainerOutlined,
  DashboardOutlined,
  FileOutlined,
  FileTextOutlined,
  FolderOutlined,
  FormOutlined,
  LineChartOutlined,
  LinkOutlined,
  MenuOutlined,
  MessageOutlined,
  PictureOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ACCESS, hasRole, type Role } from '../lib/roles';
import { NEWS_ACCESS } from '../pages/news/news-access';
import { REGISTRY_ACCESS } from '../pages/registry/registry-access';
import { PORTAL_ACCESS } from '../pages/site-pages/portal-access';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Roles that see the entry; everyone when absent. */
  roles?: readonly Role[];
}

export const MENU_ITEMS: MenuEntry[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardOutlined /> },
  // Sổ đăng ký kinh tế tập thể.
  { path: '/to-chuc', label: 'Tổ chức KTTT', icon: <BankOutlined />, roles: REGISTRY_ACCESS.read },
  { path: '/bao-cao-nam', label: 'Báo cáo năm', icon: <FormOutlined />, roles: REGISTRY_ACCESS.read },
  {
    path: '/nhap-excel',
    label: 'Nhập từ Excel',
    icon: <CloudUploadOutlined />,
    roles: REGISTRY_ACCESS.write,
  },
  {
    path: '/thong-ke-to-chuc',
    label: 'Thống kê tổ chức',
    icon: <BarChartOutlined />,
    roles: REGISTRY_ACCESS.read,
  },
  {
    path: '/bao-cao-cua-toi',
    label: 'Báo cáo của đơn vị',
    icon: <SolutionOutlined />,
    roles: REGISTRY_ACCESS.member,
  },
  { path: '/tin-bai', label: 'Tin bài', icon: <FileTextOutlined />, roles: NEWS_ACCESS.articles },
  { path: '/chuyen-muc', label: 'Chuyên mục', icon: <FolderOutlined />, roles: NEWS_ACCESS.categories },
  // Cổng thông tin (the menu has no groups: flat entries, kept together).
  { path: '/thu-vien', label: 'Thư viện ảnh/tệp', icon: <PictureOutlined />, roles: PORTAL_ACCESS.media },
  { path: '/van-ban', label: 'Văn bản', icon: <ContainerOutlined />, roles: PORTAL_ACCESS.documents },
  { path: '/trang', label: 'Trang tĩnh', icon: <FileOutlined />, roles: PORTAL_ACCESS.sitePages },
  { path: '/menu', label: 'Menu trang', icon: <MenuOutlined />, roles: PORTAL_ACCESS.sitePages },
  { path: '/lien-ket', label: 'Liên kết website', icon: <LinkOutlined />, roles: PORTAL_ACCESS.sitePages },
  { path: '/phan-hoi', label: 'Phản hồi', icon: <MessageOutlined />, roles: PORTAL_ACCESS.feedback },
  { path: '/thong-ke', label: 'Thống kê truy cập', icon: <LineChartOutlined />, roles: PORTAL_ACCESS.stats },
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

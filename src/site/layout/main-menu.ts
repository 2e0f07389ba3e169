export interface MenuItem {
  label: string;
  href: string;
  /** One line shown where the home page introduces the sections of the site. */
  description?: string;
}

/** The main menu of the public site, in display order. Sections add or edit their own entry here. */
export const MAIN_MENU: readonly MenuItem[] = [
  { label: 'Trang chủ', href: '/' },
  {
    label: 'Tin tức',
    href: '/tin-tuc',
    description: 'Tin hoạt động của Liên minh, các hợp tác xã và tổ hợp tác thành viên.',
  },
  {
    label: 'Văn bản',
    href: '/van-ban',
    description: 'Văn bản chỉ đạo, hướng dẫn về kinh tế tập thể, hợp tác xã; tra cứu theo số ký hiệu.',
  },
  {
    label: 'Hợp tác xã',
    href: '/hop-tac-xa',
    description: 'Danh bạ hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn.',
  },
  {
    label: 'Sản phẩm',
    href: '/san-pham',
    description: 'Sản phẩm OCOP và sản phẩm tiêu biểu của các hợp tác xã.',
  },
  {
    label: 'Giới thiệu',
    href: '/gioi-thieu',
    description: 'Chức năng, nhiệm vụ và tổ chức bộ máy của Liên minh.',
  },
  { label: 'Liên hệ', href: '/lien-he' },
];

/**
 * "page" for the item of the page itself, "true" for the section a deeper page belongs to
 * (e.g. an article under Tin tức), nothing otherwise.
 */
export function menuCurrent(item: MenuItem, path: string): 'page' | 'true' | undefined {
  if (path === item.href) return 'page';
  if (item.href !== '/' && path.startsWith(`${item.href}/`)) return 'true';
  return undefined;
}

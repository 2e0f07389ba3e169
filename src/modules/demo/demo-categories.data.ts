import type { DemoCategory } from './demo.types.ts';

/** News categories of the demo alliance; parents come before their children. */
export const DEMO_CATEGORIES = [
  {
    slug: 'tin-hoat-dong',
    name: 'Tin hoạt động',
    description:
      'Hoạt động của Liên minh Hợp tác xã tỉnh Hòa Sơn: hội nghị, làm việc với địa phương, hỗ trợ thành viên.',
    position: 1,
    showOnHome: true,
    parentSlug: null,
  },
  {
    slug: 'tin-tu-cac-don-vi',
    name: 'Tin từ các đơn vị',
    description: 'Tin, bài do các hợp tác xã, tổ hợp tác và doanh nghiệp thành viên gửi về.',
    position: 1,
    showOnHome: false,
    parentSlug: 'tin-hoat-dong',
  },
  {
    slug: 'kinh-te-tap-the',
    name: 'Kinh tế tập thể',
    description:
      'Mô hình hợp tác xã hiệu quả, chuỗi liên kết, số liệu phát triển kinh tế tập thể trong tỉnh.',
    position: 2,
    showOnHome: true,
    parentSlug: null,
  },
  {
    slug: 'chinh-sach-phap-luat',
    name: 'Chính sách – Pháp luật',
    description: 'Văn bản mới, hướng dẫn thi hành Luật Hợp tác xã và các chính sách hỗ trợ kinh tế tập thể.',
    position: 3,
    showOnHome: true,
    parentSlug: null,
  },
  {
    slug: 'dao-tao-tap-huan',
    name: 'Đào tạo – Tập huấn',
    description: 'Lớp bồi dưỡng cán bộ quản lý, tập huấn kỹ thuật, tham quan học tập mô hình.',
    position: 4,
    showOnHome: true,
    parentSlug: null,
  },
  {
    slug: 'xuc-tien-thuong-mai-ocop',
    name: 'Xúc tiến thương mại – OCOP',
    description: 'Hội chợ, kết nối tiêu thụ, sản phẩm OCOP và nông sản của hợp tác xã.',
    position: 5,
    showOnHome: true,
    parentSlug: null,
  },
  {
    slug: 'thi-dua-khen-thuong',
    name: 'Thi đua – Khen thưởng',
    description:
      'Phong trào thi đua, gương điển hình và các hình thức khen thưởng trong khu vực kinh tế tập thể.',
    position: 6,
    showOnHome: true,
    parentSlug: null,
  },
] as const satisfies readonly DemoCategory[];

export type DemoCategorySlug = (typeof DEMO_CATEGORIES)[number]['slug'];

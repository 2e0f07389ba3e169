// Word lists for generated organisations: names, people and streets that read like a real
// provincial register (the list and search are measured on text of realistic length and variety).
import { between, pick, type Rand } from '../random.ts';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lương',
  'Trương',
  'Mai',
  'Cao',
  'Tạ',
  'Hà',
  'Lâm',
] as const;
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Ngọc', 'Đình'] as const;
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Hồng', 'Minh'] as const;
const GIVEN_MALE = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Thắng',
  'Long',
  'Nam',
  'Sơn',
  'Hải',
  'Cường',
  'Bình',
  'Phong',
  'Quý',
  'Trung',
  'Khánh',
  'Toàn',
  'Hiếu',
  'Thành',
  'Tâm',
  'Lợi',
  'Phúc',
  'Vinh',
  'Đạt',
  'Kiên',
  'Tú',
] as const;
const GIVEN_FEMALE = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hạnh',
  'Thảo',
  'Nga',
  'Liên',
  'Yến',
  'Dung',
  'Hằng',
  'Loan',
  'Phương',
  'Trang',
  'Huyền',
  'Oanh',
  'Xuân',
  'Thúy',
  'Vân',
  'Nhung',
] as const;

/** Place-like words used in names ("Tân Phú", "An Bình"): realistic, and repeated across provinces. */
export const PLACE_WORDS = [
  'Tân Phú',
  'An Bình',
  'Hòa Bình',
  'Thành Công',
  'Đoàn Kết',
  'Quyết Thắng',
  'Tiến Bộ',
  'Hưng Thịnh',
  'Phú Thịnh',
  'Thịnh Vượng',
  'Bình Minh',
  'Đông Hòa',
  'Tây Sơn',
  'Nam Tiến',
  'Bắc Sơn',
  'Phước Lộc',
  'Vĩnh Phúc',
  'Hòa Lợi',
  'Tân Tiến',
  'Hợp Thành',
  'Phú Cường',
  'Thạnh Mỹ',
  'Long Hưng',
  'Xuân Lộc',
  'Mỹ Phước',
  'Đại Phát',
  'Thuận An',
  'Hồng Phát',
  'Kim Long',
  'Quảng Phú',
  'Hải Đăng',
  'Trường Xuân',
  'Sông Hồng',
  'Cửu Long',
  'Tam Nông',
  'Lạc Hồng',
  'Ngọc Lâm',
  'Thái Hòa',
  'Minh Khai',
  'Cát Tường',
] as const;
const VILLAGE_WORDS = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thượng',
  'Hạ',
  'Trung',
  'Ngoài',
  'Trong',
  'Mới',
] as const;

/** What organisations of a sector call themselves, with the sector key of registry-enums.dto.ts. */
const ACTIVITIES: Record<string, readonly string[]> = {
  nong_nghiep: [
    'Nông nghiệp',
    'Dịch vụ nông nghiệp',
    'Nông nghiệp công nghệ cao',
    'Rau an toàn',
    'Chè',
    'Cà phê',
    'Trồng lúa hữu cơ',
    'Cây ăn quả',
    'Chăn nuôi',
    'Nấm',
    'Dược liệu',
    'Sâm',
    'Hồ tiêu',
    'Điều',
    'Sản xuất và tiêu thụ vải thiều',
    'Bưởi da xanh',
    'Mía đường',
    'Trồng rừng',
    'Nông lâm nghiệp',
  ],
  cong_nghiep_tttcn: [
    'Mây tre đan',
    'Gốm sứ',
    'Dệt thổ cẩm',
    'Cơ khí',
    'Mộc mỹ nghệ',
    'Chế biến nông sản',
    'Nước mắm',
  ],
  thuong_mai_dich_vu: ['Thương mại dịch vụ', 'Dịch vụ tổng hợp', 'Kinh doanh tổng hợp', 'Thương mại'],
  van_tai: ['Vận tải', 'Vận tải hành khách', 'Vận tải thủy', 'Xe buýt'],
  xay_dung: ['Xây dựng', 'Vật liệu xây dựng', 'Xây dựng và dịch vụ'],
  tin_dung: ['Tín dụng'],
  moi_truong_dien_nuoc: ['Môi trường', 'Vệ sinh môi trường', 'Điện', 'Nước sạch', 'Thủy lợi'],
  du_lich: ['Du lịch cộng đồng', 'Du lịch sinh thái', 'Homestay'],
  quan_ly_cho: ['Quản lý chợ', 'Kinh doanh chợ'],
  thuy_san: ['Thủy sản', 'Nuôi trồng thủy sản', 'Khai thác hải sản', 'Nuôi tôm', 'Nghề cá'],
  khac: ['Dịch vụ', 'Tổng hợp', 'Phát triển cộng đồng'],
};

export function personName(r: Rand): string {
  const female = r() < 0.35;
  const middle = pick(r, female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(r, female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${pick(r, FAMILY)} ${middle} ${given}`;
}

/** "Xã Tân Phú" → "Tân Phú": a commune's own name for use inside an organisation's name. */
export function bareCommuneName(name: string): string {
  return name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
}

export interface OrgNaming {
  name: string;
  shortName: string;
  representativeTitle: string;
}

/** A name in the way each kind is usually written, its short form and the representative's title. */
export function orgNaming(
  r: Rand,
  kind: string,
  sector: string,
  commune: string,
  province: string,
): OrgNaming {
  const activity = pick(r, ACTIVITIES[sector] ?? (ACTIVITIES.khac as readonly string[]));
  const place = r() < 0.45 ? commune : pick(r, PLACE_WORDS);
  switch (kind) {
    case 'THT':
      return {
        name: `Tổ hợp tác ${activity} thôn ${pick(r, VILLAGE_WORDS)} ${place}`,
        shortName: '',
        representativeTitle: 'Tổ trưởng',
      };
    case 'LHHTX':
      return {
        name: `Liên hiệp hợp tác xã ${activity} ${province}`,
        shortName: `LH HTX ${activity}`,
        representativeTitle: 'Chủ tịch Hội đồng quản trị',
      };
    case 'QTDND':
      return {
        name: `Quỹ tín dụng nhân dân ${commune}${r() < 0.2 ? ` ${between(r, 1, 3)}` : ''}`,
        shortName: `QTDND ${commune}`,
        representativeTitle: 'Chủ tịch Hội đồng quản trị',
      };
    case 'DN':
      return {
        name: `${r() < 0.6 ? 'Công ty TNHH' : 'Công ty Cổ phần'} ${activity} ${place}`,
        shortName: '',
        representativeTitle: 'Giám đốc',
      };
    default:
      return {
        name: `Hợp tác xã ${activity} ${place}`,
        shortName: r() < 0.5 ? `HTX ${place}` : '',
        representativeTitle: r() < 0.7 ? 'Giám đốc' : 'Chủ tịch Hội đồng quản trị kiêm Giám đốc',
      };
  }
}

export function streetOf(r: Rand): string {
  const n = r();
  if (n < 0.55) return `Thôn ${pick(r, VILLAGE_WORDS)}`;
  if (n < 0.8) return `Ấp ${between(r, 1, 12)}`;
  return `Số ${between(r, 1, 400)} đường ${pick(r, PLACE_WORDS)}`;
}

/** Lower-case, no marks, đ → d: what a user types when searching without Vietnamese input. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function slugOf(name: string, n: number): string {
  const base = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base}-${n}`;
}

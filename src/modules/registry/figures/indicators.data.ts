import type { OrgKind } from '../registry-enums.dto.ts';
import type { IndicatorValueType } from './figures.dto.ts';

export interface IndicatorSeed {
  code: string;
  name: string;
  unit: string;
  valueType: IndicatorValueType;
  help: string;
  position: number;
  required: boolean;
  appliesTo: OrgKind[];
  active: boolean;
}

// Kinds that have members in the sense of the Law on Cooperatives (a member enterprise has none).
const WITH_MEMBERS: OrgKind[] = ['THT', 'HTX', 'LHHTX', 'QTDND'];
// Associate members exist in cooperatives, unions and credit funds, not in cooperative groups.
const WITH_ASSOCIATES: OrgKind[] = ['HTX', 'LHHTX', 'QTDND'];
// A cooperative group has contributions under its contract, not a registered charter capital.
const WITH_CHARTER_CAPITAL: OrgKind[] = ['HTX', 'LHHTX', 'QTDND', 'DN'];

/** The national indicator dictionary (codes fixed in registry.md). Money in đồng. */
export const INDICATORS: readonly IndicatorSeed[] = [
  {
    code: 'tv_chinh_thuc',
    name: 'Thành viên chính thức',
    unit: 'người',
    valueType: 'integer',
    help: 'Số thành viên chính thức tại 31/12. Với liên hiệp hợp tác xã: số hợp tác xã thành viên chính thức; với tổ hợp tác: số thành viên theo hợp đồng hợp tác.',
    position: 10,
    required: true,
    appliesTo: WITH_MEMBERS,
    active: true,
  },
  {
    code: 'tv_lk_gop_von',
    name: 'Thành viên liên kết góp vốn',
    unit: 'người',
    valueType: 'integer',
    help: 'Số thành viên liên kết có góp vốn tại 31/12.',
    position: 20,
    required: false,
    appliesTo: WITH_ASSOCIATES,
    active: true,
  },
  {
    code: 'tv_lk_khong_gop_von',
    name: 'Thành viên liên kết không góp vốn',
    unit: 'người',
    valueType: 'integer',
    help: 'Số thành viên liên kết không góp vốn tại 31/12.',
    position: 30,
    required: false,
    appliesTo: WITH_ASSOCIATES,
    active: true,
  },
  {
    code: 'lao_dong',
    name: 'Tổng số lao động',
    unit: 'người',
    valueType: 'integer',
    help: 'Tổng số người lao động làm việc thường xuyên trong năm, kể cả lao động là thành viên.',
    position: 40,
    required: true,
    appliesTo: [],
    active: true,
  },
  {
    code: 'lao_dong_thanh_vien',
    name: 'Lao động là thành viên',
    unit: 'người',
    valueType: 'integer',
    help: 'Trong tổng số lao động: số người đồng thời là thành viên; không lớn hơn tổng số lao động.',
    position: 50,
    required: false,
    appliesTo: WITH_MEMBERS,
    active: true,
  },
  {
    code: 'von_dieu_le',
    name: 'Vốn điều lệ',
    unit: 'đồng',
    valueType: 'money',
    help: 'Vốn điều lệ tại 31/12, tính bằng đồng (ví dụ 2,4 tỷ đồng nhập 2.400.000.000).',
    position: 60,
    required: true,
    appliesTo: WITH_CHARTER_CAPITAL,
    active: true,
  },
  {
    code: 'tong_tai_san',
    name: 'Tổng tài sản',
    unit: 'đồng',
    valueType: 'money',
    help: 'Tổng tài sản theo bảng cân đối kế toán tại 31/12, tính bằng đồng.',
    position: 70,
    required: false,
    appliesTo: [],
    active: true,
  },
  {
    code: 'doanh_thu',
    name: 'Doanh thu',
    unit: 'đồng',
    valueType: 'money',
    help: 'Tổng doanh thu trong năm, tính bằng đồng.',
    position: 80,
    required: true,
    appliesTo: [],
    active: true,
  },
  {
    code: 'loi_nhuan_truoc_thue',
    name: 'Lợi nhuận trước thuế',
    unit: 'đồng',
    valueType: 'money',
    help: 'Lợi nhuận trước thuế trong năm, tính bằng đồng; nhập số âm nếu lỗ.',
    position: 90,
    required: false,
    appliesTo: [],
    active: true,
  },
  {
    code: 'thu_nhap_binh_quan',
    name: 'Thu nhập bình quân của người lao động',
    unit: 'đồng/người/năm',
    valueType: 'money',
    help: 'Thu nhập bình quân một người lao động trong năm, tính bằng đồng.',
    position: 100,
    required: false,
    appliesTo: [],
    active: true,
  },
];

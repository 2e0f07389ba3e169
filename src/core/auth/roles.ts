import { z } from 'zod';

export const ROLES = ['quan_tri', 'bien_tap', 'cong_tac_vien', 'can_bo', 'lanh_dao', 'thanh_vien'] as const;
export const Role = z.enum(ROLES, { error: 'Vai trò không hợp lệ' });
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  quan_tri: 'Quản trị',
  bien_tap: 'Biên tập viên',
  cong_tac_vien: 'Cộng tác viên',
  can_bo: 'Cán bộ',
  lanh_dao: 'Lãnh đạo',
  thanh_vien: 'Thành viên (đại diện tổ chức)',
};

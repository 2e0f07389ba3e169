export const ROLE_LABELS = {
  quan_tri: 'Quản trị',
  bien_tap: 'Biên tập viên',
  cong_tac_vien: 'Cộng tác viên',
  can_bo: 'Cán bộ',
  lanh_dao: 'Lãnh đạo',
  thanh_vien: 'Thành viên (đại diện tổ chức)',
} as const;

export type Role = keyof typeof ROLE_LABELS;

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}

/** Who may open each staff area; the server enforces the same rules. */
export const ACCESS = {
  users: ['quan_tri'],
  audit: ['quan_tri', 'lanh_dao'],
  tenantSettings: ['quan_tri'],
} as const satisfies Record<string, readonly Role[]>;

export function hasRole(role: Role, allowed: readonly Role[] | undefined): boolean {
  return allowed === undefined || allowed.includes(role);
}

import { z } from 'zod';
import { Role } from '../../core/auth/roles.ts';
import { TenantBrief } from '../tenants/tenants.dto.ts';

const Email = z.string().trim().toLowerCase().pipe(z.email('Email không hợp lệ')).pipe(z.string().max(200));
const FullName = z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(120, 'Họ tên tối đa 120 ký tự');
export const NewPassword = z
  .string()
  .min(10, 'Mật khẩu cần ít nhất 10 ký tự')
  .max(200, 'Mật khẩu tối đa 200 ký tự');

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  role: Role,
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const SessionInfo = z.object({ user: Me, tenant: TenantBrief, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại').max(200),
    newPassword: NewPassword,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const UserDto = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  role: Role,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof UserDto>;

export const UserCreate = z.object({ email: Email, fullName: FullName, role: Role });
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .object({ fullName: FullName.optional(), role: Role.optional(), disabled: z.boolean().optional() })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserQuery = z.object({
  q: z.string().trim().max(200).optional(),
  role: Role.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type UserQuery = z.infer<typeof UserQuery>;

export const UserPage = z.object({ items: z.array(UserDto), total: z.number().int() });
export type UserPage = z.infer<typeof UserPage>;

export const UserCreated = z.object({ user: UserDto, temporaryPassword: z.string() });
export const TemporaryPassword = z.object({ temporaryPassword: z.string() });

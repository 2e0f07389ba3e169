import { z } from 'zod';

const trimmed = (max: number) => z.string().trim().max(max);

export const FocalContact = z.object({
  name: trimmed(120).min(1, 'Vui lòng nhập họ tên'),
  title: trimmed(160).default(''),
  phone: trimmed(40).default(''),
  email: z.union([z.email('Email không hợp lệ'), z.literal('')]).default(''),
});
export type FocalContact = z.infer<typeof FocalContact>;

export const SiteSettings = z.object({
  siteTitle: trimmed(200).min(3, 'Tên trang cần ít nhất 3 ký tự'),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    // Public pages load images from the site itself only (CSP img-src 'self').
    .regex(/^\/[^/]/, 'Đường dẫn logo phải là đường dẫn trên trang, bắt đầu bằng /')
    .nullable()
    .default(null),
  address: trimmed(300).default(''),
  phone: trimmed(40).default(''),
  email: z.union([z.email('Email không hợp lệ'), z.literal('')]).default(''),
  contacts: z.array(FocalContact).max(30).default([]),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

const Host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+(:\d+)?$/, 'Tên miền không hợp lệ');

export const TenantDto = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  isNational: z.boolean(),
  hosts: z.array(z.string()),
  settings: SiteSettings,
});
export type TenantDto = z.infer<typeof TenantDto>;

export const TenantBrief = TenantDto.pick({ id: true, code: true, name: true });
export type TenantBrief = z.infer<typeof TenantBrief>;

export const TenantUpdate = z.object({
  name: trimmed(200).min(3, 'Tên đơn vị cần ít nhất 3 ký tự'),
  hosts: z.array(Host).max(20),
  settings: SiteSettings,
});
export type TenantUpdate = z.infer<typeof TenantUpdate>;

export const TenantCreate = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, 'Mã đơn vị: chữ thường không dấu, số, dấu gạch ngang (2–40 ký tự)'),
  name: trimmed(200).min(3, 'Tên đơn vị cần ít nhất 3 ký tự'),
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số'),
  hosts: z.array(Host).max(20).default([]),
  adminEmail: z.email('Email không hợp lệ'),
  adminFullName: trimmed(120).min(2, 'Vui lòng nhập họ tên'),
});
export type TenantCreate = z.infer<typeof TenantCreate>;

import { z } from 'zod';

// Whitespace, quotes, angle brackets, backslashes and control characters have no place in a link
// we print into an href (a backslash turns "/\evil.com" into another origin in browsers).
const UNSAFE = /[\s"'<>\\`]/;

function hasControl(v: string): boolean {
  for (const ch of v) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** "/tin-tuc" (a path on this site, not "//host") or an absolute URL of an allowed scheme. */
export function isSafeHref(value: string, schemes: readonly string[]): boolean {
  if (UNSAFE.test(value) || hasControl(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const u = new URL(value);
    return schemes.includes(u.protocol) && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** Menu entries: a path on the site or an https address. */
export const MenuHref = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập đường dẫn')
  .max(500, 'Đường dẫn tối đa 500 ký tự')
  .refine(
    (v) => isSafeHref(v, ['https:']),
    'Đường dẫn phải là đường dẫn trên trang (bắt đầu bằng /) hoặc địa chỉ https://',
  );

/** Website links: other sites, some still without https. */
export const LinkHref = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập địa chỉ')
  .max(500, 'Địa chỉ tối đa 500 ký tự')
  .refine(
    (v) => isSafeHref(v, ['https:', 'http:']),
    'Địa chỉ phải bắt đầu bằng https:// hoặc http:// (hoặc / cho trang trên website này)',
  );

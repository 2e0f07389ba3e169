import { formatDate, formatDateTime } from '../../lib/format';

/** "19/01/2024 10:40" in Vietnam time. */
export function dateTime(value: string | Date): string {
  return `${formatDate(value)} ${timeOfDay(value)}`;
}

/** "10:40" in Vietnam time. */
export function timeOfDay(value: string | Date): string {
  return formatDateTime(value).slice(0, 5);
}

const STROKED_D: Record<string, string> = { đ: 'd', Đ: 'D' };

/**
 * The slug the server derives from a title ("Hợp tác xã Đồng Tâm!" → "hop-tac-xa-dong-tam"), cut
 * at a word boundary under 100 characters; src/lib/vi/slugify.ts is the reference.
 */
export function slugify(text: string, maxLength = 100): string {
  const slug = text
    .normalize('NFD')
    .replace(/[đĐ]/g, (ch) => STROKED_D[ch] ?? ch)
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength);
}

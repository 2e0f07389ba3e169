import { foldForSearch } from './fold.ts';

/**
 * URL slug: "Hợp tác xã Nông nghiệp Đồng Tâm!" → "hop-tac-xa-nong-nghiep-dong-tam". Only [a-z0-9-],
 * never a leading, trailing or doubled '-'; a slug longer than `maxLength` is cut at a word boundary.
 */
export function slugify(s: string, maxLength = 80): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`slugify: maxLength must be a positive integer, got ${maxLength}`);
  }
  const slug = foldForSearch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  // A single word longer than maxLength has no boundary to cut at.
  return lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength);
}

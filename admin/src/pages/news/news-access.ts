import type { Role } from '../../lib/roles';

/** Who sees each newsroom area; the server enforces the same rules (src/modules/news/news-roles.ts). */
export const NEWS_ACCESS = {
  articles: ['quan_tri', 'bien_tap', 'cong_tac_vien'],
  categories: ['quan_tri', 'bien_tap'],
} as const satisfies Record<string, readonly Role[]>;

/** Editors publish, return and edit anything; contributors write and submit their own drafts. */
export const isNewsEditor = (role: Role): boolean => role === 'quan_tri' || role === 'bien_tap';

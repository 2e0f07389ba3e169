import type { Role } from '../../lib/roles';

/**
 * Who may open each area of the public portal's back office — the same rules as the server's
 * guards in src/modules/{media,documents,pages,feedback,stats}/*.api.ts, which enforce them.
 */
export const PORTAL_ACCESS = {
  /** GET/POST/PATCH /media: contributors upload and describe images for their articles. */
  media: ['quan_tri', 'bien_tap', 'cong_tac_vien'],
  /** DELETE /media/:id. */
  mediaDelete: ['quan_tri', 'bien_tap'],
  /** Writing routes of /documents (reading is open to all staff). */
  documents: ['quan_tri', 'bien_tap'],
  /** Writing routes of /pages, /menu and /links. */
  sitePages: ['quan_tri', 'bien_tap'],
  /** /feedback. */
  feedback: ['quan_tri', 'bien_tap'],
  /** /stats/*. */
  stats: ['quan_tri', 'bien_tap', 'lanh_dao'],
} as const satisfies Record<string, readonly Role[]>;

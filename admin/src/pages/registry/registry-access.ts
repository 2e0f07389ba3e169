import type { Role } from '../../lib/roles';

/** Who may open each area of the cooperative register; the server enforces the same rules. */
export const REGISTRY_ACCESS = {
  /** Read the whole register and its statistics. */
  read: ['quan_tri', 'can_bo', 'lanh_dao'],
  /** Change it, import spreadsheets, review yearly reports. */
  write: ['quan_tri', 'can_bo'],
  /** A member organisation's representative: its own yearly report. */
  member: ['thanh_vien'],
} as const satisfies Record<string, readonly Role[]>;

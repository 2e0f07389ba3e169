import type { Role } from './roles.ts';

/** A signed-in staff session as the HTTP layer sees it. */
export interface StaffSession {
  id: string;
  tenantId: string;
  csrfToken: string;
  user: { id: string; email: string; fullName: string; role: Role; mustChangePassword: boolean };
}

export const SESSION_COOKIE = 'hoptac_sid';
export const CSRF_HEADER = 'x-csrf-token';

import type { Role } from '../../core/auth/roles.ts';

/** Who may change the tenant's register. */
export const REGISTRY_WRITERS = ['quan_tri', 'can_bo'] as const satisfies readonly Role[];
/** Who may read all of it (thanh_vien reads only its own organisation). */
export const REGISTRY_READERS = ['quan_tri', 'can_bo', 'lanh_dao'] as const satisfies readonly Role[];

import type { Role } from '../../core/auth/roles.ts';

/** Editors (biên tập, quản trị) run the newsroom: publish, return, edit anything. */
export const EDITORS = ['quan_tri', 'bien_tap'] as const satisfies readonly Role[];
/** Writers: editors, and contributors on their own drafts. */
export const WRITERS = [...EDITORS, 'cong_tac_vien'] as const satisfies readonly Role[];
/** Staff who may read the newsroom; members (thanh_vien) may not. */
export const NEWSROOM_READERS = [...WRITERS, 'can_bo', 'lanh_dao'] as const satisfies readonly Role[];

export const isEditor = (role: Role | undefined): boolean =>
  (EDITORS as readonly Role[]).includes(role as Role);

import { useAuth } from '../../../auth/auth-context';
import { hasRole } from '../../../lib/roles';
import { REGISTRY_ACCESS } from '../registry-access';

/** What the signed-in staff member may do on a record; the server enforces the same rules. */
export interface OrgAccess {
  /** can_bo and quan_tri change the register; lanh_dao only reads. */
  canWrite: boolean;
  /** Only quan_tri deletes a record. */
  canDelete: boolean;
}

export function useOrgAccess(): OrgAccess {
  const { user } = useAuth();
  return { canWrite: hasRole(user.role, REGISTRY_ACCESS.write), canDelete: user.role === 'quan_tri' };
}

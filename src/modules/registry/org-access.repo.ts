import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { organizations, orgRepresentatives } from './registry.tables.ts';

/** The organisation a thanh_vien account speaks for, if any. */
export async function selectRepresentedOrgId(
  db: Executor,
  tenantId: string,
  userId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ orgId: orgRepresentatives.orgId })
    .from(orgRepresentatives)
    .where(and(eq(orgRepresentatives.tenantId, tenantId), eq(orgRepresentatives.userId, userId)));
  return row?.orgId ?? null;
}

/** Whether the organisation exists in the tenant and has not been merged away. */
export async function orgExists(db: Executor, tenantId: string, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.tenantId, tenantId),
        eq(organizations.id, orgId),
        isNull(organizations.mergedIntoId),
      ),
    );
  return Boolean(row);
}

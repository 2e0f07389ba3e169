// The demo module's own query: the `demo.seed` audit entry. Everything about the demo rows
// themselves (counts, removal) is asked of the modules that own them, through their services.
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { auditLog } from '../audit/audit.tables.ts';

export interface DemoSeedRecord {
  before: unknown;
  after: unknown;
}

/**
 * The latest `demo.seed` audit entry of the tenant. The audit trail is the durable record that
 * demo content was loaded once (so a tenant emptied by "Xóa dữ liệu minh họa" is not refilled at
 * the next start) and keeps the tenant name and settings from before the demo.
 */
export async function findLastDemoSeed(db: Executor, tenantId: string): Promise<DemoSeedRecord | undefined> {
  const [row] = await db
    .select({ before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'demo.seed')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

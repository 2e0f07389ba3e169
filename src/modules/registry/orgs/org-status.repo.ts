import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgStatusHistory } from '../registry.tables.ts';

export type StatusHistoryRow = typeof orgStatusHistory.$inferSelect;

const h = orgStatusHistory;

export async function insertStatusHistory(
  db: Executor,
  row: {
    tenantId: string;
    orgId: string;
    status: string;
    since: string;
    note?: string;
    changedBy: string | null;
  },
): Promise<void> {
  await db.insert(h).values(row);
}

/** Newest first (by the day it took effect, then by when it was entered). */
export async function listStatusHistory(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<StatusHistoryRow[]> {
  return db
    .select()
    .from(h)
    .where(and(eq(h.tenantId, tenantId), eq(h.orgId, orgId)))
    .orderBy(desc(h.since), desc(h.createdAt));
}

export async function latestStatusSince(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ since: h.since })
    .from(h)
    .where(and(eq(h.tenantId, tenantId), eq(h.orgId, orgId)))
    .orderBy(desc(h.since))
    .limit(1);
  return row?.since ?? null;
}

/** Corrects the day the current status took effect (the newest history row). */
export async function correctLatestStatusSince(
  db: Executor,
  tenantId: string,
  orgId: string,
  since: string,
): Promise<void> {
  const [latest] = await db
    .select({ id: h.id })
    .from(h)
    .where(and(eq(h.tenantId, tenantId), eq(h.orgId, orgId)))
    .orderBy(desc(h.since), desc(h.createdAt))
    .limit(1);
  if (latest) await db.update(h).set({ since }).where(eq(h.id, latest.id));
}

import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { tenants } from './tenants.tables.ts';

export type TenantRow = typeof tenants.$inferSelect;
export type TenantInsert = typeof tenants.$inferInsert;

export function listTenantRows(db: Executor): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt));
}

export async function findTenantById(db: Executor, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function findTenantByCode(db: Executor, code: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.code, code));
  return row;
}

export async function insertTenant(db: Executor, row: TenantInsert): Promise<TenantRow> {
  const [created] = await db.insert(tenants).values(row).returning();
  if (!created) throw new Error('tenant insert returned nothing');
  return created;
}

export async function updateTenant(
  db: Executor,
  id: string,
  patch: Pick<TenantInsert, 'name' | 'hosts' | 'settings'>,
): Promise<TenantRow | undefined> {
  const [row] = await db
    .update(tenants)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(tenants.id, id))
    .returning();
  return row;
}

/** The other tenant already claiming one of these hosts, if any. */
export async function findHostOwner(db: Executor, hosts: string[], exceptId: string | null) {
  if (hosts.length === 0) return undefined;
  const [row] = await db
    .select({ id: tenants.id, name: tenants.name, hosts: tenants.hosts })
    .from(tenants)
    .where(
      sql`${tenants.hosts} && ${sql.param(hosts)}::text[] and ${tenants.id} is distinct from ${exceptId}::uuid`,
    );
  return row;
}

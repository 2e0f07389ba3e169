import { and, count, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import type { AuditQuery } from './audit.dto.ts';
import { auditLog } from './audit.tables.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditInsert = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

export async function insertAudit(db: Executor, row: AuditInsert): Promise<void> {
  await db.insert(auditLog).values(row);
}

function filters(tenantId: string, q: AuditQuery): SQL {
  const where: (SQL | undefined)[] = [eq(auditLog.tenantId, tenantId)];
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.actorEmail) where.push(ilike(auditLog.actorEmail, `%${q.actorEmail.replace(/[\\%_]/g, '\\$&')}%`));
  // Days are Viet Nam calendar days.
  if (q.from) where.push(gte(auditLog.at, sql`(${q.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  if (q.to) where.push(lt(auditLog.at, sql`(${q.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  return and(...where) as SQL;
}

export async function listAudit(
  db: Executor,
  tenantId: string,
  q: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where = filters(tenantId, q);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

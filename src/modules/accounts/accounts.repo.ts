import { and, count, desc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { sessions, users } from './accounts.tables.ts';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

/** Login is by e-mail across the deployment; the account brings its tenant. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row;
}

export async function findUser(db: Executor, tenantId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

export async function findUsers(db: Executor, tenantId: string, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(db: Executor, row: UserInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  if (!created) throw new Error('user insert returned nothing');
  return created;
}

export async function updateUser(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<Omit<UserInsert, 'id' | 'tenantId'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .returning();
  return row;
}

export async function listUsers(
  db: Executor,
  tenantId: string,
  q: { q?: string | undefined; role?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const where: (SQL | undefined)[] = [eq(users.tenantId, tenantId)];
  if (q.role) where.push(eq(users.role, q.role));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(
      or(ilike(users.email, like), sql`f_unaccent(lower(${users.fullName})) like f_unaccent(lower(${like}))`),
    );
  }
  const cond = and(...where);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(users)
      .where(cond)
      .orderBy(desc(users.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A live session with its user; expiry is judged by the caller's clock. */
export async function findLiveSession(
  db: Executor,
  id: string,
  now: Date,
  idleSince: Date,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.tenantId, sessions.tenantId)))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user except, optionally, the one in use. */
export async function deleteUserSessions(
  db: Executor,
  tenantId: string,
  userId: string,
  exceptId?: string,
): Promise<void> {
  const cond = and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId));
  await db.delete(sessions).where(exceptId ? and(cond, sql`${sessions.id} <> ${exceptId}`) : cond);
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleSince: Date): Promise<void> {
  await db
    .delete(sessions)
    .where(sql`${sessions.expiresAt} <= ${now} or ${sessions.lastSeenAt} <= ${idleSince}`);
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { orgAttachments, organizations, orgRepresentatives, orgUnionMembers } from '../registry.tables.ts';

const u = orgUnionMembers;
const a = orgAttachments;
const r = orgRepresentatives;
const o = organizations;

export interface UnionMemberRow {
  id: string;
  slug: string;
  kind: string;
  name: string;
  regCode: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

/** Live members of a union, by name. */
export async function listUnionMembers(
  db: Executor,
  tenantId: string,
  unionId: string,
): Promise<UnionMemberRow[]> {
  return db
    .select({
      id: o.id,
      slug: o.slug,
      kind: o.kind,
      name: o.name,
      regCode: o.regCode,
      joinedOn: u.joinedOn,
      leftOn: u.leftOn,
    })
    .from(u)
    .innerJoin(o, and(eq(o.id, u.memberId), eq(o.tenantId, tenantId), isNull(o.mergedIntoId)))
    .where(and(eq(u.tenantId, tenantId), eq(u.unionId, unionId)))
    .orderBy(asc(o.nameFolded));
}

/** Adds a member or, when already one, updates its dates. */
export async function upsertUnionMember(
  db: Executor,
  row: {
    tenantId: string;
    unionId: string;
    memberId: string;
    joinedOn: string | null;
    leftOn: string | null;
  },
): Promise<void> {
  await db
    .insert(u)
    .values(row)
    .onConflictDoUpdate({
      target: [u.unionId, u.memberId],
      set: { joinedOn: row.joinedOn, leftOn: row.leftOn },
    });
}

export async function deleteUnionMember(
  db: Executor,
  tenantId: string,
  unionId: string,
  memberId: string,
): Promise<boolean> {
  const rows = await db
    .delete(u)
    .where(and(eq(u.tenantId, tenantId), eq(u.unionId, unionId), eq(u.memberId, memberId)))
    .returning({ memberId: u.memberId });
  return rows.length > 0;
}

export type AttachmentRow = typeof orgAttachments.$inferSelect;

export async function listAttachments(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(a)
    .where(and(eq(a.tenantId, tenantId), eq(a.orgId, orgId)))
    .orderBy(asc(a.createdAt), asc(a.mediaId));
}

export async function upsertAttachment(
  db: Executor,
  row: { tenantId: string; orgId: string; mediaId: string; kind: string; title: string },
): Promise<void> {
  await db
    .insert(a)
    .values(row)
    .onConflictDoUpdate({ target: [a.orgId, a.mediaId], set: { kind: row.kind, title: row.title } });
}

export async function deleteAttachment(
  db: Executor,
  tenantId: string,
  orgId: string,
  mediaId: string,
): Promise<boolean> {
  const rows = await db
    .delete(a)
    .where(and(eq(a.tenantId, tenantId), eq(a.orgId, orgId), eq(a.mediaId, mediaId)))
    .returning({ mediaId: a.mediaId });
  return rows.length > 0;
}

/** Names of the organisations that have a media file attached (media library usage check). */
export async function orgsWithAttachment(db: Executor, tenantId: string, mediaId: string): Promise<string[]> {
  const rows = await db
    .select({ name: o.name })
    .from(a)
    .innerJoin(o, eq(o.id, a.orgId))
    .where(and(eq(a.tenantId, tenantId), eq(a.mediaId, mediaId)));
  return rows.map((x) => x.name);
}

export async function insertRepresentative(
  db: Executor,
  row: { tenantId: string; userId: string; orgId: string },
): Promise<void> {
  await db.insert(r).values(row);
}

export async function deleteRepresentative(
  db: Executor,
  tenantId: string,
  orgId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(r)
    .where(and(eq(r.tenantId, tenantId), eq(r.orgId, orgId), eq(r.userId, userId)))
    .returning({ userId: r.userId });
  return rows.length > 0;
}

export async function representativeUserIds(
  db: Executor,
  tenantId: string,
  orgIds: readonly string[],
): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ userId: r.userId })
    .from(r)
    .where(and(eq(r.tenantId, tenantId), inArray(r.orgId, [...orgIds])));
  return rows.map((x) => x.userId);
}

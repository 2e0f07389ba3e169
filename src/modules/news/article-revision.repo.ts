import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { users } from '../accounts/accounts.tables.ts';
import { articleRevisions } from './news.tables.ts';

export type RevisionRow = typeof articleRevisions.$inferSelect;
export type RevisionWithAuthor = RevisionRow & { createdByName: string | null };

export async function insertRevision(db: Executor, row: typeof articleRevisions.$inferInsert): Promise<void> {
  await db.insert(articleRevisions).values(row);
}

const withAuthor = {
  id: articleRevisions.id,
  tenantId: articleRevisions.tenantId,
  articleId: articleRevisions.articleId,
  version: articleRevisions.version,
  snapshot: articleRevisions.snapshot,
  createdBy: articleRevisions.createdBy,
  createdAt: articleRevisions.createdAt,
  createdByName: users.fullName,
};

/** Newest first. */
export async function listRevisions(
  db: Executor,
  tenantId: string,
  articleId: string,
): Promise<RevisionWithAuthor[]> {
  return db
    .select(withAuthor)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(and(eq(articleRevisions.tenantId, tenantId), eq(articleRevisions.articleId, articleId)))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id));
}

export async function findRevision(
  db: Executor,
  tenantId: string,
  articleId: string,
  id: number,
): Promise<RevisionWithAuthor | undefined> {
  const [row] = await db
    .select(withAuthor)
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(
      and(
        eq(articleRevisions.tenantId, tenantId),
        eq(articleRevisions.articleId, articleId),
        eq(articleRevisions.id, id),
      ),
    );
  return row;
}

/** The revision just before `version` (for "what changed in this revision"). */
export async function findPreviousRevision(
  db: Executor,
  tenantId: string,
  articleId: string,
  version: number,
): Promise<RevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(
      and(
        eq(articleRevisions.tenantId, tenantId),
        eq(articleRevisions.articleId, articleId),
        lt(articleRevisions.version, version),
      ),
    )
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return row;
}

export async function findLatestRevision(
  db: Executor,
  tenantId: string,
  articleId: string,
): Promise<RevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.tenantId, tenantId), eq(articleRevisions.articleId, articleId)))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return row;
}

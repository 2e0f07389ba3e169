import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { articleTags, tags } from './news.tables.ts';

/** Replaces an article's tags; unknown tags are created on the fly. `wanted` is deduplicated by slug. */
export async function setArticleTags(
  db: Executor,
  tenantId: string,
  articleId: string,
  wanted: readonly { name: string; slug: string }[],
): Promise<void> {
  await db
    .delete(articleTags)
    .where(and(eq(articleTags.tenantId, tenantId), eq(articleTags.articleId, articleId)));
  if (wanted.length === 0) return;
  await db
    .insert(tags)
    .values(wanted.map((t) => ({ tenantId, name: t.name, slug: t.slug })))
    .onConflictDoNothing({ target: [tags.tenantId, tags.slug] });
  const rows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(
      and(
        eq(tags.tenantId, tenantId),
        inArray(
          tags.slug,
          wanted.map((t) => t.slug),
        ),
      ),
    );
  await db.insert(articleTags).values(rows.map((r) => ({ tenantId, articleId, tagId: r.id })));
}

/** Tag names of one article, in one query. */
export async function listTagNames(db: Executor, tenantId: string, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(and(eq(articleTags.tenantId, tenantId), eq(articleTags.articleId, articleId)))
    .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}

import { contentChanged } from '../../core/content-events.ts';
import type { Ctx } from '../../core/context.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import { indexSearchEntry, removeSearchEntry } from '../search/search-index.service.ts';
import type { ArticleRow } from './article.repo.ts';
import { isPublic } from './article-snapshot.ts';
import { articleUrl } from './category-tree.ts';

/** Puts a public article in the site search (or keeps a non-public one out); same transaction as the change. */
export async function syncSearchEntry(ctx: Ctx, row: ArticleRow, now: Date): Promise<void> {
  if (!isPublic(row, now) || !row.publishedAt) {
    await removeSearchEntry(ctx, 'article', row.id);
    return;
  }
  await indexSearchEntry(ctx, {
    kind: 'article',
    refId: row.id,
    url: articleUrl(row.slug),
    title: row.title,
    summary: row.summary,
    body: htmlToText(row.bodyHtml),
    publishedAt: row.publishedAt,
    categoryId: row.categoryId,
  });
}

/** Cache tags of the pages that show this article: its page, lists, its category (old and new), home. */
export function articleTags(row: ArticleRow, before?: ArticleRow | null): string[] {
  const tags = new Set([`article:${row.id}`, 'articles', `category:${row.categoryId}`, 'home']);
  if (before) tags.add(`category:${before.categoryId}`);
  return [...tags];
}

/**
 * After any write: search in the same transaction, page caches after the commit. Drafts never
 * reached a page, so editing one (autosave every few seconds) does not empty the page cache.
 */
export async function afterArticleWrite(
  ctx: Ctx,
  before: ArticleRow | null,
  after: ArticleRow,
  now: Date,
): Promise<void> {
  await syncSearchEntry(ctx, after, now);
  if (before?.status === 'published' || after.status === 'published')
    contentChanged(ctx, articleTags(after, before));
}

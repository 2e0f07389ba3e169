import { memoized } from '../../core/cache/content-memo.ts';
import type { Ctx } from '../../core/context.ts';
import { nextScheduledAt } from './article-public.repo.ts';
import { type CategoryRow, listCategories } from './category.repo.ts';

/**
 * What public pages re-read on every render, kept between renders (src/core/cache/content-memo.ts):
 * any content change of the tenant drops it, so an edit shows on the next request. Results are
 * shared: callers must not mutate them.
 */

/** The tenant's categories in display order (menus, breadcrumbs, subcategory lists). */
export function publicCategories(ctx: Ctx, now: Date): Promise<readonly CategoryRow[]> {
  return memoized(ctx.db, ctx.tenantId, 'categories', now, async () => ({
    value: await listCategories(ctx.db, ctx.tenantId),
  }));
}

/** The instant the next scheduled article appears; lists of visible articles change then. */
function nextScheduled(ctx: Ctx, now: Date): Promise<Date | null> {
  return memoized(ctx.db, ctx.tenantId, 'next-scheduled', now, async () => {
    const at = await nextScheduledAt(ctx.db, ctx.tenantId, now);
    return { value: at, validUntil: at };
  });
}

/** A list of visible articles under `key`, kept until a change or the next scheduled article. */
export function visibleArticlesMemo<T>(ctx: Ctx, key: string, now: Date, load: () => Promise<T>): Promise<T> {
  return memoized(ctx.db, ctx.tenantId, key, now, async () => {
    const [value, validUntil] = await Promise.all([load(), nextScheduled(ctx, now)]);
    return { value, validUntil };
  });
}

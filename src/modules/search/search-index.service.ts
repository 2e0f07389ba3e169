import { contentChanged } from '../../core/content-events.ts';
import type { Ctx } from '../../core/context.ts';
import { normalizeSpaces, normalizeTone } from '../../lib/vi/index.ts';
import { SearchEntryInput, type SearchKind } from './search.dto.ts';
import {
  deleteSearchEntries,
  deleteSearchEntry,
  type SearchEntryRow,
  upsertSearchEntries,
  upsertSearchEntry,
} from './search-index.repo.ts';
import { SEARCH_CHANGED_TAG } from './title-lexicon.service.ts';

// One spelling of each tone placement ("hoà" → "hòa") on both sides of the index, so old and
// new placements match exactly and rank as exact matches.
const clean = (s: string) => normalizeSpaces(normalizeTone(s));

/** Adds or replaces an item in the site search; call it in the transaction that changes the item. */
function entryRow(ctx: Ctx, input: SearchEntryInput): SearchEntryRow {
  const e = SearchEntryInput.parse(input);
  return {
    ...e,
    tenantId: ctx.tenantId,
    title: clean(e.title),
    summary: clean(e.summary),
    body: clean(e.body),
  };
}

export async function indexSearchEntry(ctx: Ctx, input: SearchEntryInput): Promise<void> {
  await upsertSearchEntry(ctx.db, entryRow(ctx, input));
  // After the commit (contentChanged waits for it): cached result pages and the "did you mean"
  // vocabulary are dropped on every node.
  contentChanged(ctx, [SEARCH_CHANGED_TAG]);
}

/** indexSearchEntry for many items at once: a few statements and one change event. */
export async function indexSearchEntries(ctx: Ctx, inputs: readonly SearchEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await upsertSearchEntries(
    ctx.db,
    inputs.map((input) => entryRow(ctx, input)),
  );
  contentChanged(ctx, [SEARCH_CHANGED_TAG]);
}

/** Removes an item (unpublished, archived, deleted) from the site search. */
export async function removeSearchEntry(ctx: Ctx, kind: SearchKind, refId: string): Promise<void> {
  await deleteSearchEntry(ctx.db, ctx.tenantId, kind, refId);
  contentChanged(ctx, [SEARCH_CHANGED_TAG]);
}

/** Removes many items of one kind at once (bulk unpublish, demo data removal). */
export async function removeSearchEntries(
  ctx: Ctx,
  kind: SearchKind,
  refIds: readonly string[],
): Promise<void> {
  await deleteSearchEntries(ctx.db, ctx.tenantId, kind, refIds);
  contentChanged(ctx, [SEARCH_CHANGED_TAG]);
}

import { ALL_PAGES_TAG } from '../../core/cache/page-cache.ts';
import { contentEvents } from '../../core/content-events.ts';
import type { Ctx } from '../../core/context.ts';
import { buildLexicon, type Lexicon } from './did-you-mean.ts';
import { selectTitleWords } from './search.repo.ts';

/**
 * "Did you mean" needs the tenant's title vocabulary: a few thousand distinct words. Options
 * measured on 20,000 entries in PGlite (busy 2-core machine):
 * - pg_trgm per request (`word <% title_folded` on the trigram index, or word_similarity over the
 *   whole query): 90–200 ms, because common trigrams make most titles candidates for the recheck;
 * - ts_stat over the vectors: reads every vector, slower still;
 * - the distinct title words, built in SQL once and kept here: ~100–400 ms to build, then the
 *   trigram comparison in JS takes well under a millisecond per word.
 * So the vocabulary is cached per tenant, forgotten when a change is announced (on every node:
 * the content bus is relayed by LISTEN/NOTIFY), and rebuilt in the background after CACHE_MS in
 * case an announcement was lost. A suggestion is only offered once the database confirms it.
 */
const CACHE_MS = 10 * 60_000;

interface Entry {
  lexicon: Promise<Lexicon>;
  builtAt: number;
}

const byTenant = new Map<string, Entry>();

/** Announced by indexSearchEntry and removeSearchEntry; 'articles', 'documents', 'pages' cover bulk changes. */
export const SEARCH_CHANGED_TAG = 'search';
const FORGETTING_TAGS = new Set([SEARCH_CHANGED_TAG, 'articles', 'documents', 'pages', ALL_PAGES_TAG]);

contentEvents.on('changed', ({ tenantId, tags }) => {
  if (tags.some((t) => FORGETTING_TAGS.has(t))) forgetTitleLexicon(tenantId);
});

function build(ctx: Ctx): Entry {
  const entry: Entry = {
    lexicon: selectTitleWords(ctx.db, ctx.tenantId).then(buildLexicon),
    builtAt: Date.now(),
  };
  // A failed build is not cached: the next request tries again.
  entry.lexicon.catch(() => {
    if (byTenant.get(ctx.tenantId) === entry) byTenant.delete(ctx.tenantId);
  });
  byTenant.set(ctx.tenantId, entry);
  return entry;
}

/** The tenant's title vocabulary; a stale one is served while a fresh one is built. */
export async function titleLexicon(ctx: Ctx): Promise<Lexicon> {
  const entry = byTenant.get(ctx.tenantId);
  if (!entry) return build(ctx).lexicon;
  if (Date.now() - entry.builtAt > CACHE_MS) {
    const stale = entry.lexicon;
    const fresh = build(ctx);
    fresh.lexicon.catch((err: unknown) => ctx.log.warn({ err }, 'title lexicon rebuild failed'));
    return stale;
  }
  return entry.lexicon;
}

/** Drops the tenant's vocabulary (announced changes do this already; kept for direct callers). */
export function forgetTitleLexicon(tenantId: string): void {
  byTenant.delete(tenantId);
}

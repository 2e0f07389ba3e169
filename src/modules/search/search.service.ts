import type { Ctx } from '../../core/context.ts';
import type { Executor } from '../../core/db/types.ts';
import { foldDiacritics } from '../../lib/vi/index.ts';
import { suggestSpelling } from './did-you-mean.ts';
import { excerpt, hasHit, highlightAll, type TextSegment } from './highlight.ts';
import {
  SEARCH_KIND_INFO,
  SEARCH_KINDS,
  type SearchHit,
  SearchKind,
  SearchQuery,
  type SearchResult,
} from './search.dto.ts';
import {
  analyzeContentTables,
  hasMatches,
  RANKED_HEAD,
  type SearchRow,
  selectSearchPage,
  vacuumSearchEntries,
  withIndexScans,
} from './search.repo.ts';
import { type CategoryRow, selectCategories } from './search-filters.repo.ts';
import { type ParsedQuery, parseQuery, queryWords } from './search-query.ts';
import { titleLexicon } from './title-lexicon.service.ts';

/**
 * Cache tags of search result pages: 'search' is announced by every index change; the others by
 * the modules whose bulk changes (demo removal, category edits) bypass indexSearchEntry.
 */
export const SEARCH_PAGE_TAGS = ['search', 'articles', 'documents', 'pages', 'categories'] as const;

const DAY_MS = 86_400_000;
// Words beyond these are not corrected: a long pasted sentence is no typo.
const MAX_SUGGESTED_WORDS = 8;

export interface CategoryOption {
  id: string;
  slug: string;
  name: string;
  /** 0 for a main category, 1 for its children, … (the select indents them). */
  depth: number;
}

/** The tenant's categories as a flat list in tree order, for the category filter. */
export async function listSearchCategories(ctx: Ctx): Promise<CategoryOption[]> {
  const rows = await selectCategories(ctx.db, ctx.tenantId);
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, CategoryRow[]>();
  for (const r of rows) {
    // A parent from nowhere makes a main category rather than hiding the branch.
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: CategoryOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      if (seen.has(r.id)) continue; // a cycle in the data must not loop forever
      seen.add(r.id);
      out.push({ id: r.id, slug: r.slug, name: r.name, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A category and everything below it: an article filed under "Tin từ các đơn vị › Huyện" counts. */
function withDescendants(rows: readonly CategoryRow[], rootId: string): string[] {
  const found = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (r.parentId && found.has(r.parentId) && !found.has(r.id)) {
        found.add(r.id);
        grew = true;
      }
    }
  }
  return [...found];
}

function emptyResult(page: number, pageSize: number, tooShort: boolean): SearchResult {
  return { items: [], total: 0, totalExact: true, page, pageSize, pageCount: 0, suggestion: null, tooShort };
}

/** The excerpt under a result: the summary where it matches, else the body, else the summary's start. */
function snippetOf(row: SearchRow, phrases: string[][]): TextSegment[] {
  const fromSummary = row.summary ? excerpt(row.summary, phrases) : [];
  if (hasHit(fromSummary)) return fromSummary;
  const fromBody = row.body ? excerpt(row.body, phrases) : [];
  if (hasHit(fromBody) || fromSummary.length === 0) return fromBody;
  return fromSummary;
}

function present(row: SearchRow, q: ParsedQuery): SearchHit {
  const kind = SearchKind.parse(row.kind);
  return {
    kind,
    kindLabel: SEARCH_KIND_INFO[kind].label,
    url: row.url,
    title: highlightAll(row.title, q.phrases),
    snippet: snippetOf(row, q.phrases),
    publishedAt: row.publishedAt.toISOString(),
  };
}

/** A spelling of the query's words that finds something, or null. */
async function suggestionFor(ctx: Ctx, q: ParsedQuery, now: Date): Promise<string | null> {
  const words = queryWords(q).slice(0, MAX_SUGGESTED_WORDS);
  const spelling = suggestSpelling(words, await titleLexicon(ctx));
  if (!spelling) return null;
  const found = await withIndexScans(ctx.db, (tx) => hasMatches(tx, ctx.tenantId, spelling, now));
  return found ? spelling : null;
}

/**
 * Site search over articles, documents and pages: folded matching ("hop tac xa" finds "hợp tác
 * xã"), exact spellings first, highlighted titles and excerpts, filters, pages, and a "did you
 * mean" when nothing matches. An empty or one-letter query is answered without a lookup.
 */
export async function searchSite(
  ctx: Ctx,
  input: SearchQuery,
  now: Date = new Date(),
): Promise<SearchResult> {
  const query = SearchQuery.parse(input);
  const { page, pageSize } = query;
  const parsed = parseQuery(query.q);
  if (parsed.tooShort) return emptyResult(page, pageSize, true);

  const categoryIds = query.categoryId
    ? withDescendants(await selectCategories(ctx.db, ctx.tenantId), query.categoryId)
    : [];
  const [from, to] =
    query.fromDay && query.toDay && query.fromDay > query.toDay
      ? [query.toDay, query.fromDay]
      : [query.fromDay, query.toDay];
  const result = await withIndexScans(ctx.db, (tx) =>
    selectSearchPage(tx, {
      tenantId: ctx.tenantId,
      text: parsed.text,
      relaxedText: parsed.relaxedText,
      exactRanking: foldDiacritics(parsed.text) !== parsed.text,
      filters: {
        // Known kinds only: a row of a kind this version cannot label must not break the page.
        kinds: query.kinds.length > 0 ? query.kinds : SEARCH_KINDS,
        categoryIds,
        from,
        until: to ? new Date(to.getTime() + DAY_MS) : null,
        now,
      },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  );
  const suggestion = result.candidates === 0 ? await suggestionFor(ctx, parsed, now) : null;
  return {
    items: result.rows.map((row) => present(row, parsed)),
    total: result.browsable,
    totalExact: result.browsable === result.candidates || result.candidates <= RANKED_HEAD,
    page,
    pageSize,
    pageCount: Math.ceil(result.browsable / pageSize),
    suggestion,
    tooShort: false,
  };
}

/**
 * Housekeeping for embedded PGlite, which has no autovacuum: call after bulk imports (demo data,
 * migrations of old sites) and from a periodic job. Harmless, and unnecessary, on PostgreSQL.
 * Besides the search table it refreshes the statistics of the content tables every page reads.
 */
export async function maintainSearchIndex(db: Executor): Promise<void> {
  await vacuumSearchEntries(db);
  await analyzeContentTables(db);
}

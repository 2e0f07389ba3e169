import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { rowsOf } from '../../core/db/types.ts';

export interface SearchFilters {
  kinds: readonly string[];
  /** A category and its descendants; empty means any. */
  categoryIds: readonly string[];
  /** Inclusive lower bound. */
  from: Date | null;
  /** Exclusive upper bound. */
  until: Date | null;
  /** Entries published later are scheduled, not yet public. */
  now: Date;
}

export interface SearchPageInput {
  tenantId: string;
  /** Normalised query text (NFC, one tone placement); folded by f_unaccent in SQL. */
  text: string;
  /**
   * The same query without its quoted phrases' word order (quotes removed, excluded phrases left
   * out): what the GIN index can answer without reading vectors. Equal to `text` when no phrase.
   */
  relaxedText: string;
  /** Rank exact spellings first: pointless (and twice the reading) when the query has no diacritics. */
  exactRanking: boolean;
  filters: SearchFilters;
  limit: number;
  offset: number;
}

export interface SearchRow {
  kind: string;
  url: string;
  title: string;
  summary: string;
  /** The start of the body: enough for an excerpt, never megabytes of a long document. */
  body: string;
  publishedAt: Date;
}

export interface SearchPage {
  rows: SearchRow[];
  /** How many results can be paged through. */
  browsable: number;
  /** Matches of the relaxed query (all of them, counted exactly). */
  candidates: number;
  /** Of the ranked head, how many matched the full query (phrases included). */
  verified: number;
}

/**
 * Only this many of the most recent candidates are ranked (and phrase-checked): see selectSearchPage.
 * Measured on 20,000 entries in PGlite: reading one entry's two vectors costs 40–80 µs.
 */
export const RANKED_HEAD = 100;
/** Excerpts come from this much of the body; a match further in shows the summary instead. */
const BODY_PREFIX = 20_000;

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

function filterSql(tenantId: string, f: SearchFilters): SQL {
  const parts: SQL[] = [sql`e.tenant_id = ${tenantId}`, sql`e.published_at <= ${f.now}`];
  if (f.kinds.length > 0) parts.push(sql`e.kind in ${f.kinds}`);
  if (f.categoryIds.length > 0) parts.push(sql`e.category_id in ${f.categoryIds}`);
  if (f.from) parts.push(sql`e.published_at >= ${f.from}`);
  if (f.until) parts.push(sql`e.published_at < ${f.until}`);
  return sql.join(parts, sql` and `);
}

/**
 * One page of results, best first.
 *
 * Cost model (measured, 20,000 entries, "hợp tác xã" matching all of them): every stored vector
 * read is a TOAST fetch + decompression, 15–40 µs in PGlite, so a plan that reads 20,000 vectors
 * takes 100–300 ms even on PostgreSQL 15, while the GIN bitmap answers a plain AND query without
 * reading any (all 20,000 matches counted in ~13–25 ms). Hence:
 * 1. candidates: GIN bitmap scan with the relaxed query (no vector read), counted exactly. The
 *    planner prices `@@` as cheap and would pick a sequential scan for common words, which reads
 *    every vector: callers run this inside withIndexScans.
 * 2. head: only the RANKED_HEAD newest candidates have their vectors read: phrases verified, then
 *    ranked with exact spellings first ("hợp" above "họp"), then ts_rank_cd on the folded vector
 *    + 2 × on the exact one (each scaled to 0‥1 by normalization 32), plus a small recency bonus.
 * 3. tail: the other candidates follow by date (a second statement, for deep pages only). Without a
 *    phrase they are true matches; with one they are unchecked, so they are not shown and the
 *    total becomes "at least".
 * Choosing the head by title matches (strpos on title_folded for every candidate) was measured
 * too: +15–20 ms at 20,000 candidates, a third of the budget, so the head is simply the newest.
 */
export async function selectSearchPage(db: Executor, input: SearchPageInput): Promise<SearchPage> {
  const hasPhrase = input.relaxedText !== input.text;
  const { offset, limit } = input;
  if (!hasPhrase && offset >= RANKED_HEAD) return selectTailPage(db, input);
  const raw = rowsOf<Record<string, unknown>>(await db.execute(headPageSql(input)));
  const counts = countsOf(input, raw[0]);
  const rows = raw.filter((r) => r.kind !== null).map(toRow);
  // A page size that does not divide RANKED_HEAD has one page across the border.
  if (!hasPhrase && offset + limit > RANKED_HEAD && counts.candidates > RANKED_HEAD) {
    const tail = await db.execute(tailSql(input, RANKED_HEAD, offset + limit - RANKED_HEAD));
    rows.push(...rowsOf<Record<string, unknown>>(tail).map(toRow));
  }
  return { rows, ...counts };
}

/** A page wholly past the head: newest first, counted by the same scan. */
async function selectTailPage(db: Executor, input: SearchPageInput): Promise<SearchPage> {
  const raw = rowsOf<Record<string, unknown>>(await db.execute(tailSql(input, input.offset, input.limit)));
  const candidates = raw[0]
    ? Number(raw[0].candidates)
    : // Past the last page no row carries the count.
      Number(rowsOf<{ n: unknown }>(await db.execute(countSql(input)))[0]?.n ?? 0);
  return {
    rows: raw.map(toRow),
    browsable: candidates,
    candidates,
    verified: Math.min(candidates, RANKED_HEAD),
  };
}

function toRow(r: Record<string, unknown>): SearchRow {
  return {
    kind: String(r.kind),
    url: String(r.url),
    title: String(r.title),
    summary: String(r.summary),
    body: String(r.body),
    publishedAt: asDate(r.published_at),
  };
}

function countsOf(input: SearchPageInput, row: Record<string, unknown> | undefined) {
  const candidates = Number(row?.candidates ?? 0);
  const verified = Number(row?.verified ?? 0);
  // With a phrase only the checked head can be shown; without one every candidate is a match.
  const browsable = input.relaxedText !== input.text ? verified : candidates;
  return { browsable, candidates, verified };
}

function matchSql(input: SearchPageInput): SQL {
  const relaxed = sql`websearch_to_tsquery('simple', f_unaccent(${input.relaxedText}))`;
  return sql`e.tsv @@ ${relaxed} and ${filterSql(input.tenantId, input.filters)}`;
}

const textColumns = sql`e.kind, e.url, e.title, e.summary, left(e.body, ${BODY_PREFIX}) as body, e.published_at`;

/**
 * Head and counts in one statement (exported for the benchmark's EXPLAIN). The counts ride on a
 * row that always exists: the left join keeps them when the page is empty.
 */
export function headPageSql(input: SearchPageInput): SQL {
  const { tenantId, filters, limit, offset } = input;
  const hasPhrase = input.relaxedText !== input.text;
  // Written out (not in a CTE) so the planner folds them into constants.
  const full = sql`websearch_to_tsquery('simple', f_unaccent(${input.text}))`;
  const exact = sql`websearch_to_tsquery('simple', ${input.text})`;
  const exactHit = input.exactRanking ? sql`e.tsv_exact @@ ${exact}` : sql`false`;
  const exactRank = input.exactRanking ? sql`2 * ts_rank_cd(e.tsv_exact, ${exact}, 32)` : sql`0`;
  const ageYears = sql`extract(epoch from (${filters.now}::timestamptz - r.published_at)) / 31536000`;
  return sql`
    with recent as (
      -- The window counts every candidate before the top-N sort keeps the newest.
      select e.kind, e.ref_id, e.published_at, count(*) over () as candidates
      from search_entries e
      where ${matchSql(input)}
      order by e.published_at desc, e.ref_id
      limit ${RANKED_HEAD}
    ),
    head as materialized (
      select r.kind, r.ref_id, r.published_at,
             ${hasPhrase ? sql`e.tsv @@ ${full}` : sql`true`} as ok,
             ${exactHit} as exact_hit,
             ts_rank_cd(e.tsv, ${full}, 32) + ${exactRank} + 0.05 / (1 + ${ageYears}) as rank
      from recent r
      join search_entries e on e.tenant_id = ${tenantId} and e.kind = r.kind and e.ref_id = r.ref_id
    ),
    page as (
      select h.kind, h.ref_id, h.exact_hit, h.rank, h.published_at,
             row_number() over (order by h.exact_hit desc, h.rank desc, h.published_at desc, h.ref_id) as pos
      from head h where h.ok
      order by pos limit ${limit} offset ${offset}
    ),
    counts as (
      select (select max(candidates) from recent) as candidates,
             (select count(*) from head where ok) as verified
    )
    select c.candidates, c.verified, ${textColumns}
    from counts c
    left join page p on true
    left join search_entries e on e.tenant_id = ${tenantId} and e.kind = p.kind and e.ref_id = p.ref_id
    order by p.pos
  `;
}

/**
 * Candidates by position in newest-first order, with the count of all: the rest of a result list
 * without phrases. Keys are sorted and the text fetched for the page only: sorting rows that
 * carry the body would read every body.
 */
function tailSql(input: SearchPageInput, from: number, count: number): SQL {
  return sql`
    with page as (
      select e.kind, e.ref_id, e.published_at, count(*) over () as candidates
      from search_entries e
      where ${matchSql(input)}
      order by e.published_at desc, e.ref_id
      offset ${from} limit ${count}
    )
    select p.candidates, ${textColumns} from page p
    join search_entries e on e.tenant_id = ${input.tenantId} and e.kind = p.kind and e.ref_id = p.ref_id
    order by p.published_at desc, p.ref_id
  `;
}

function countSql(input: SearchPageInput): SQL {
  return sql`select count(*) as n from search_entries e where ${matchSql(input)}`;
}

/** True when the query finds something public: checks a "did you mean" before offering it. */
export async function hasMatches(db: Executor, tenantId: string, text: string, now: Date): Promise<boolean> {
  const result = await db.execute(sql`
    select exists (
      select 1 from search_entries e
      where e.tenant_id = ${tenantId} and e.published_at <= ${now}
        and e.tsv @@ websearch_to_tsquery('simple', f_unaccent(${text}))
    ) as found
  `);
  return rowsOf<{ found: boolean }>(result)[0]?.found === true;
}

/**
 * Every space-separated word of the tenant's titles (lower case, with diacritics, punctuation still
 * attached: the caller strips it) and how often it occurs: the vocabulary "did you mean" corrects
 * against. string_to_table is twice as fast as a regular-expression split here.
 */
export async function selectTitleWords(
  db: Executor,
  tenantId: string,
): Promise<{ word: string; count: number }[]> {
  const result = await db.execute(sql`
    select w as word, count(*) as n
    from search_entries e, string_to_table(lower(e.title), ' ') as w
    where e.tenant_id = ${tenantId} and w <> ''
    group by w
  `);
  return rowsOf<{ word: string; n: unknown }>(result).map((r) => ({ word: r.word, count: Number(r.n) }));
}

/**
 * Refreshes planner statistics, the visibility map and the GIN pending list of the search table.
 * PostgreSQL's autovacuum does this by itself; embedded PGlite never does, and then (measured,
 * 20,000 entries) a search that finds nothing takes 230 ms instead of 14 and "hợp tác xã" 340 ms
 * instead of 140. Cannot run inside a transaction.
 */
export async function vacuumSearchEntries(db: Executor): Promise<void> {
  await db.execute(sql`vacuum (analyze) search_entries`);
}

/**
 * The tables public pages read. Without statistics (PGlite never analyzes by itself) the planner
 * guesses their sizes and may sort a whole table where an index walk would stop at the LIMIT.
 */
const CONTENT_TABLES = [
  'articles',
  'categories',
  'article_tags',
  'legal_documents',
  'pages',
  'organizations',
  'org_figures',
] as const;

/** Refreshes the planner statistics of the content tables (a sample of rows, not a table scan). */
export async function analyzeContentTables(db: Executor): Promise<void> {
  await db.execute(sql.raw(`analyze ${CONTENT_TABLES.join(', ')}`));
}

/** Runs search statements in a read transaction with sequential scans off: see selectSearchPage. */
export async function withIndexScans<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return fn(tx);
  });
}

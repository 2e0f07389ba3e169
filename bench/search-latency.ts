// Usage: npx tsx bench/search-latency.ts [--n 20000] [--runs 40] [--cache file.tar.gz]
//        [--database-url postgres://…]
// Seeds n generated entries into a fresh in-memory PGlite (or an empty PostgreSQL database) and
// measures searchSite, the whole service call, for representative queries. Figures for notes only.
// --cache keeps the seeded PGlite data directory in a file and starts from it next time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/core/db/bootstrap.ts';
import { openDatabase } from '../src/core/db/client.ts';
import { rowsOf } from '../src/core/db/types.ts';
import { silentLog } from '../src/core/silent-log.ts';
import type { SearchQuery } from '../src/modules/search/search.dto.ts';
import { maintainSearchIndex, searchSite } from '../src/modules/search/search.service.ts';
import { ensureDefaultTenant } from '../src/modules/tenants/tenants.service.ts';
import { seedSearchEntries } from './search.bench.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '40' },
    'database-url': { type: 'string', default: '' },
    cache: { type: 'string' },
  },
});
const n = Number(values.n);
const runs = Number(values.runs);
// The generated entries end on 31/12/2025; "now" is fixed so that none of them is scheduled.
const now = new Date('2026-01-01T00:00:00Z');

const cached = values.cache && existsSync(values.cache) ? values.cache : null;
const database = await openDatabase({
  databaseUrl: values['database-url'] ?? '',
  poolSize: 2,
  ...(cached ? { loadDataDir: new Blob([readFileSync(cached)]) } : {}),
});
await prepareDatabase(database.db, []);
const tenant = await ensureDefaultTenant(database.db, {
  TENANT_CODE: 'bench',
  TENANT_NAME: 'Liên minh Hợp tác xã tỉnh Đo Tải',
  TENANT_PROVINCE_CODE: '00',
});
let started = performance.now();
if (!cached) {
  await seedSearchEntries(database.db, tenant.id, n);
  // Statistics, visibility map and GIN pending list, as autovacuum would leave them (PGlite has none).
  await maintainSearchIndex(database.db);
  process.stdout.write(
    `${database.kind}: seeded ${n} entries in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  if (values.cache && database.dumpDataDir) {
    writeFileSync(values.cache, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  }
} else {
  process.stdout.write(`${database.kind}: loaded ${cached}\n`);
}
const categoryIds = rowsOf<{ id: string }>(
  await database.db.execute(
    sql`select distinct category_id as id from search_entries where category_id is not null order by 1`,
  ),
).map((r) => r.id);

const ctx = { db: database.db, tenantId: tenant.id, actor: null, requestId: null, log: silentLog };
const cases: { title: string; query: SearchQuery }[] = [
  { title: 'exact, matches ~all: hợp tác xã', query: { q: 'hợp tác xã' } },
  { title: 'folded, matches ~all: hop tac xa', query: { q: 'hop tac xa' } },
  { title: 'phrase: "hợp tác xã nông nghiệp"', query: { q: '"hợp tác xã nông nghiệp"' } },
  { title: 'exact, 4 words: chè hữu cơ Lâm Đồng', query: { q: 'chè hữu cơ Lâm Đồng' } },
  { title: 'old tone placement: Hoà Bình', query: { q: 'Hoà Bình' } },
  { title: 'folded: mat ong rung ha tinh', query: { q: 'mat ong rung ha tinh' } },
  { title: 'exclusion: nghị quyết -"ban chấp hành"', query: { q: 'nghị quyết -"ban chấp hành"' } },
  { title: 'documents only: kế hoạch', query: { q: 'kế hoạch', kinds: ['document'] } },
  { title: 'category + dates: thương mại điện tử', query: thirdCategory() },
  { title: 'deep page 30: hợp tác xã', query: { q: 'hợp tác xã', page: 30 } },
  { title: 'no hit, did you mean: hop tac xa nong ngiep', query: { q: 'hop tac xa nong ngiep' } },
  { title: 'no hit, nothing close: xyzzy plugh', query: { q: 'xyzzy plugh' } },
];

function thirdCategory(): SearchQuery {
  return {
    q: 'thương mại điện tử',
    categoryId: categoryIds[2] ?? null,
    fromDay: new Date('2020-12-31T17:00:00Z'),
    toDay: new Date('2024-12-30T17:00:00Z'),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

// Warm-up: the first call builds the title lexicon and warms PostgreSQL's caches.
for (const c of cases) await searchSite(ctx, c.query, now);

const times = new Map<string, number[]>(cases.map((c) => [c.title, []]));
// PGlite runs on this thread, so CPU time is the query's own work, without the waits that other
// processes on a busy machine add to the wall-clock time. (On PostgreSQL it misses the server.)
const cpu = new Map<string, number[]>(cases.map((c) => [c.title, []]));
const totals = new Map<string, string>();
started = performance.now();
// Interleaved, so that noise from other processes spreads over every case.
for (let run = 0; run < runs; run++) {
  for (const c of cases) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await searchSite(ctx, c.query, now);
    const used = process.cpuUsage(c0);
    times.get(c.title)?.push(performance.now() - t0);
    cpu.get(c.title)?.push((used.user + used.system) / 1000);
    totals.set(c.title, `${r.totalExact ? '' : '≥'}${r.total}${r.suggestion ? ` → “${r.suggestion}”` : ''}`);
  }
}
process.stdout.write(
  `${runs} runs of ${cases.length} queries in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
process.stdout.write('query | results | wall p50 / p95 / max ms | cpu p50 / p95 ms\n');
const all: number[] = [];
const allCpu: number[] = [];
const f = (list: number[], p: number) => percentile(list, p).toFixed(1);
for (const c of cases) {
  const wall = (times.get(c.title) ?? []).sort((a, b) => a - b);
  const own = (cpu.get(c.title) ?? []).sort((a, b) => a - b);
  all.push(...wall);
  allCpu.push(...own);
  process.stdout.write(
    `${c.title} | ${totals.get(c.title)} | ${f(wall, 50)} / ${f(wall, 95)} / ${f(wall, 100)} | ${f(own, 50)} / ${f(own, 95)}\n`,
  );
}
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);
process.stdout.write(
  `all queries | | ${f(all, 50)} / ${f(all, 95)} / ${f(all, 100)} | ${f(allCpu, 50)} / ${f(allCpu, 95)}\n`,
);
process.stdout.write(`rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
await database.close();

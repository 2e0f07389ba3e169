// One-off evidence for an index change (not part of the suite): the organisations' accent-free
// search with today's trigram index over the whole national table versus a GIN index led by
// tenant_id (btree_gin), on 110,000 generated organisations in a scratch PostgreSQL database.
//
//   npx tsx bench/registry/search-index-experiment.ts [--pg-url postgres://postgres@127.0.0.1:5432/postgres]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/core/db/types.ts';
import { rowsOf } from '../../src/core/db/types.ts';
import { generateRegistryData, tenantSamples } from './registry-data.ts';
import { createScratchDatabase } from './scratch-database.ts';

const RUNS = 15;

/** Median and max execution time (EXPLAIN ANALYZE, server side) of the list's count statement. */
async function timeSearch(db: Db, tenantId: string, q: string): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const plan = rowsOf<Record<string, string>>(
      await db.execute(sql`explain (analyze) select count(*) from organizations
        where tenant_id = ${tenantId} and merged_into_id is null
          and search_folded like '%' || lower(f_unaccent(${q})) || '%'`),
    );
    const line = plan.map((r) => String(Object.values(r)[0])).find((l) => l.startsWith('Execution Time'));
    times.push(Number(/([\d.]+) ms/.exec(line ?? '')?.[1]));
  }
  times.sort((a, b) => a - b);
  return `median ${times[Math.floor(RUNS / 2)]?.toFixed(2)} ms, max ${times[RUNS - 1]?.toFixed(2)} ms`;
}

const { values } = parseArgs({ options: { 'pg-url': { type: 'string' } } });
const scratch = await createScratchDatabase({
  kind: 'postgres',
  pgUrl: values['pg-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  name: 'hoptac_bench_registry_gin',
});
const database = await scratch.open();
try {
  const { db } = database;
  const data = await generateRegistryData(db, {
    orgs: 110_000,
    tenants: 35,
    years: 1,
    lastYear: new Date().getUTCFullYear() - 1,
    yearly: false,
    progress: () => {},
  });
  const t = data.largest;
  const s = await tenantSamples(db, t.id);
  const queries = [s.nameFragment, 'nong nghiep', s.regCode, 'tan phu'];
  console.log(`largest tenant ${t.name}: ${t.orgs} of 110,000 organisations`);
  for (const q of queries) console.log(`gin (search_folded) | "${q}" | ${await timeSearch(db, t.id, q)}`);
  await db.execute(sql`create extension if not exists btree_gin`);
  const t0 = performance.now();
  await db.execute(
    sql`create index organizations_search_tenant_trgm_idx on organizations using gin (tenant_id, search_folded gin_trgm_ops)`,
  );
  console.log(`gin (tenant_id, search_folded) built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.execute(sql`drop index organizations_search_trgm_idx`);
  await db.execute(sql`analyze organizations`);
  for (const q of queries)
    console.log(`gin (tenant_id, search_folded) | "${q}" | ${await timeSearch(db, t.id, q)}`);
} finally {
  await database.close();
  await scratch.drop();
}

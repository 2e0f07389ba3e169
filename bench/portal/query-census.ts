// Usage: npx tsx bench/portal/query-census.ts --data-dir DIR [--page article|home|category|search]
//        [--requests 200] [--plans]
// Where an uncached page's time goes: renders the page for `requests` distinct URLs in-process
// (app.inject, no HTTP) on a data directory kept by `npm run bench -- portal --data-dir DIR`
// (stop any server on it first), and lists every SQL statement a render sends — how many per
// page, and what one costs alone: client CPU (wire protocol, planning, result parsing) beside
// PostgreSQL's own execution time from EXPLAIN ANALYZE. Figures for notes, never asserted.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { acquireDataDirLock } from '../../src/core/db/data-dir-lock.ts';
import { TenantDirectory } from '../../src/modules/tenants/tenant-directory.ts';
import { reloadTenantDirectory } from '../../src/modules/tenants/tenants.service.ts';
import type { SeedSummary } from './seed-portal.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    page: { type: 'string', default: 'article' },
    requests: { type: 'string', default: '200' },
    // Print the plan of every statement whose execution takes 1 ms or more.
    plans: { type: 'boolean', default: false },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (a directory kept by the portal bench)');
const dataDir = resolve(values['data-dir']);
const requests = Number(values.requests);
const summary = JSON.parse(readFileSync(join(dataDir, 'bench-portal.json'), 'utf8')) as SeedSummary;
// Longer slugs answer 414 (Fastify's maxParamLength): see portal.bench.ts.
const slugs = summary.slugs.filter((s) => s.length <= 100).reverse();

// A marker the pages ignore ("b") makes every URL new, as in the benchmark's uncached scenarios.
const PAGES: Record<string, (i: number) => string> = {
  article: (i) => `/tin-tuc/${slugs[i % slugs.length]}`,
  home: (i) => `/?b=${i}`,
  category: (i) => `/chuyen-muc/tin-tuc-su-kien?trang=2&b=${i}`,
  search: (i) => `/tim-kiem?q=${encodeURIComponent('hợp tác xã')}&b=${i}`,
};
const pageUrl = PAGES[values.page ?? 'article'];
if (!pageUrl) throw new Error(`--page: one of ${Object.keys(PAGES).join(', ')}`);

type Query = PGlite['query'];
interface Seen {
  count: number;
  sample: { sql: string; params: unknown[] | undefined };
}
const seen = new Map<string, Seen>();
let counting = false;

/** Wraps a query function so that each statement is recorded under its text. */
function recording(query: Query, self: object): Query {
  return ((sqlText: string, params?: unknown[], options?: object) => {
    if (counting) {
      const key = sqlText.replace(/\s+/g, ' ').trim();
      const s = seen.get(key) ?? { count: 0, sample: { sql: sqlText, params } };
      s.count++;
      seen.set(key, s);
    }
    return query.call(self, sqlText, params, options);
  }) as Query;
}

const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', HOPTAC_DEMO: '0', LOG_LEVEL: 'silent' });
const lock = acquireDataDirLock(config.dataDir);
const database = await openDatabase({ databaseUrl: '', dataDir: config.dataDir });
try {
  // drizzle's PGlite driver keeps the client as $client; transactions get their own query function.
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const plainQuery = client.query.bind(client);
  client.query = recording(client.query, client);
  const transaction = client.transaction.bind(client);
  client.transaction = ((fn: (tx: Transaction) => Promise<unknown>) =>
    transaction((tx) => {
      tx.query = recording(tx.query, tx);
      return fn(tx);
    })) as PGlite['transaction'];

  const tenants = new TenantDirectory();
  await reloadTenantDirectory(database.db, tenants);
  const app = await buildApp({ config, database, tenants, clock: () => new Date() }, { logger: false });
  await app.ready();
  const render = async (i: number) => {
    const res = await app.inject({ url: pageUrl(i), headers: { host: '127.0.0.1' } });
    if (res.statusCode !== 200) throw new Error(`${pageUrl(i)} answered ${res.statusCode}`);
    return res.body.length;
  };
  for (let i = 0; i < 50; i++) await render(requests + i); // warm-up, other URLs
  counting = true;
  let bytes = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < requests; i++) bytes += await render(i);
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  counting = false;
  const statements = [...seen.values()].reduce((n, s) => n + s.count, 0);
  process.stdout.write(
    `${values.page}: ${requests} uncached renders, per page ${(wall / requests).toFixed(2)} ms wall, ` +
      `${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms CPU, ${(statements / requests).toFixed(1)} ` +
      `SQL statements, ${(bytes / requests / 1024).toFixed(1)} KB\n`,
  );
  process.stdout.write('per page | client CPU ms (alone) | PostgreSQL execution ms | statement\n');
  const REPEAT = 50;
  const rows = [];
  for (const [key, s] of seen) {
    const { sql: text, params } = s.sample;
    const c = process.cpuUsage();
    for (let i = 0; i < REPEAT; i++) await plainQuery(text, params);
    const used = process.cpuUsage(c);
    // Execution inside PostgreSQL (best of 5: a busy machine only ever adds time); the rest of
    // the client CPU is planning, the wire protocol and parsing the rows.
    let exec = Number.POSITIVE_INFINITY;
    let plan: string[] = [];
    // Only reads can be explained (not "set local …"); note that a search statement is explained
    // here outside its transaction, so without the settings that transaction makes.
    const explainable = /^\s*(select|with)\b/i.test(text);
    for (let i = 0; explainable && i < 5; i++) {
      const result = await plainQuery<{ 'QUERY PLAN': string }>(`explain (analyze) ${text}`, params);
      plan = result.rows.map((r) => r['QUERY PLAN']);
      const line = plan.find((l) => l.startsWith('Execution Time'));
      exec = Math.min(exec, Number(/([\d.]+) ms/.exec(line ?? '')?.[1] ?? Number.NaN));
    }
    const cpuMs = (used.user + used.system) / 1000 / REPEAT;
    rows.push({ perPage: s.count / requests, cpuMs, exec: explainable ? exec : Number.NaN, key, plan, text });
  }
  for (const r of rows.sort((a, b) => b.perPage * b.cpuMs - a.perPage * a.cpuMs)) {
    process.stdout.write(
      `${r.perPage.toFixed(1)} | ${r.cpuMs.toFixed(2)} | ${Number.isNaN(r.exec) ? '—' : r.exec.toFixed(3)} | ${r.key.slice(0, 140)}\n`,
    );
    if (values.plans && r.exec >= 1) process.stdout.write(`${r.text}\n${r.plan.join('\n')}\n\n`);
  }
  await app.close();
} finally {
  await database.close();
  lock.release();
}

// The registry benchmark (issue 4): a national register generated into a scratch database
// (PostgreSQL by default, PGlite with --pglite), the real server started on it, and over HTTP as
// signed-in staff: the list with filters and search, the dashboard, a 10,000-row import end to end
// and the export. Figures are printed with the targets; nothing is asserted.
//
// Why HTTP and not the services: what staff wait for includes query-string validation, the
// session check, response serialization and the transfer — and the import runs as a background
// job of the server, polled like the console polls it. The server is a child process, so this
// process (timing, file generation) never shares its event loop.
//
// "1,000 vs 110,000 rows": a baseline database holding one alliance of 1,000 organisations (a
// provincial deployment) against the national table. The national columns show both its ~1,000
// alliance and its largest one, so a difference from table size (index-bound or not) and one from
// tenant size (more matching rows) can be told apart.
//
//   npx tsx bench/registry/registry.bench.ts [--orgs 110000 --tenants 35 --years 5]
//        [--pglite] [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--runs 40]
//        [--stats-runs 20] [--import-rows 10000] [--export-runs 3] [--skip-explain]
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from '../../tests/helpers/server-process.ts';
import { explainDashboard } from './explain-dashboard.ts';
import { explainListQueries } from './explain-list.ts';
import { timeExports, timeImport } from './import-export-timing.ts';
import { listTable, type Population, timeListQueries } from './list-timing.ts';
import {
  BENCH_PASSWORD,
  type GeneratedData,
  generateRegistryData,
  type TenantInfo,
  tenantSamples,
} from './registry-data.ts';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts';
import { ms, percentile, StaffClient } from './staff-client.ts';

export interface RegistryOptions {
  orgs: number;
  tenants: number;
  years: number;
  pglite: boolean;
  /** Server used to create and drop the scratch databases (PostgreSQL mode). */
  pgUrl: string;
  /** Timed rounds of the list queries (after 3 warm-up rounds). */
  runs: number;
  statsRuns: number;
  importRows: number;
  exportRuns: number;
  explain: boolean;
}

/** parseArgs options of this suite (bench/run.ts spreads them into its own). */
export const REGISTRY_ARG_OPTIONS = {
  orgs: { type: 'string' },
  tenants: { type: 'string' },
  pglite: { type: 'boolean' },
  'pg-url': { type: 'string' },
  runs: { type: 'string' },
  'stats-runs': { type: 'string' },
  'import-rows': { type: 'string' },
  'export-runs': { type: 'string' },
  'skip-explain': { type: 'boolean' },
} as const;

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer (got ${raw})`);
  return n;
}

/** Options from parsed arguments; `years` is shared with other suites (5 when not given). */
export function registryOptions(v: {
  orgs?: string | undefined;
  tenants?: string | undefined;
  years?: string | undefined;
  pglite?: boolean | undefined;
  'pg-url'?: string | undefined;
  runs?: string | undefined;
  'stats-runs'?: string | undefined;
  'import-rows'?: string | undefined;
  'export-runs'?: string | undefined;
  'skip-explain'?: boolean | undefined;
}): RegistryOptions {
  const pglite = v.pglite ?? false;
  return {
    orgs: positive('orgs', v.orgs, pglite ? 3000 : 110_000),
    tenants: positive('tenants', v.tenants, pglite ? 1 : 35),
    years: positive('years', v.years, 5),
    pglite,
    pgUrl: v['pg-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    runs: positive('runs', v.runs, 40),
    statsRuns: positive('stats-runs', v['stats-runs'], 20),
    importRows: positive('import-rows', v['import-rows'], 10_000),
    exportRuns: positive('export-runs', v['export-runs'], 3),
    explain: !(v['skip-explain'] ?? false),
  };
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const sec = (n: number) => n.toFixed(1);
const BASELINE_ORGS = 1000;

async function prepare(
  o: RegistryOptions,
  name: string,
  size: { orgs: number; tenants: number },
  lastYear: number,
  scratches: ScratchDatabase[],
): Promise<{ scratch: ScratchDatabase; data: GeneratedData }> {
  const t = performance.now();
  const scratch = await createScratchDatabase({
    kind: o.pglite ? 'pglite' : 'postgres',
    pgUrl: o.pgUrl,
    name,
  });
  scratches.push(scratch);
  out(`${name}: ${scratch.label}, migrated in ${sec((performance.now() - t) / 1000)} s`);
  const database = await scratch.open();
  try {
    const data = await generateRegistryData(database.db, {
      ...size,
      years: o.years,
      lastYear,
      progress: out,
    });
    out(
      `${name}: ${size.orgs.toLocaleString('en')} organisations, ${data.figureRows.toLocaleString('en')} figure rows, generated in ${sec(data.seconds)} s (load ${load()})`,
    );
    return { scratch, data };
  } finally {
    await database.close();
  }
}

async function samplesOf(scratch: ScratchDatabase, t: TenantInfo) {
  const database = await scratch.open();
  try {
    return await tenantSamples(database.db, t.id);
  } finally {
    await database.close();
  }
}

async function startServer(scratch: ScratchDatabase): Promise<ServerProcess> {
  return startServerProcess({
    DATABASE_URL: scratch.databaseUrl,
    DATA_DIR: scratch.dataDir,
    HOPTAC_DEMO: '0',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: 'admin@bench.test',
    ADMIN_PASSWORD: BENCH_PASSWORD,
  });
}

async function measureStats(
  clients: { label: string; client: StaffClient; scope: 'tenant' | 'all' }[],
  year: number,
  runs: number,
): Promise<void> {
  const times = new Map<string, number[]>(clients.map((c) => [c.label, []]));
  const totals = new Map<string, number>();
  for (let round = 0; round < runs + 2; round++) {
    for (const c of clients) {
      const r = await c.client.getJson<{ total: number }>(
        `/api/v1/registry/stats?year=${year}&scope=${c.scope}`,
      );
      if (round < 2) totals.set(c.label, r.value.total);
      else times.get(c.label)?.push(r.ms);
    }
  }
  out(`\nDashboard GET /api/v1/registry/stats?year=${year} (${runs} runs each, interleaved; load ${load()})`);
  out('scope | organisations counted | p50 ms | p95 ms | max ms');
  for (const c of clients) {
    const t = times.get(c.label) ?? [];
    out(
      `${c.label} | ${totals.get(c.label)} | ${ms(percentile(t, 50))} | ${ms(percentile(t, 95))} | ${ms(Math.max(...t))}`,
    );
  }
}

export async function runRegistry(o: RegistryOptions): Promise<void> {
  const started = performance.now();
  const lastYear = new Date().getUTCFullYear() - 1;
  out(
    `bench registry: ${o.orgs.toLocaleString('en')} organisations, ${o.tenants} tenants, ${o.years} years (${lastYear - o.years + 1}–${lastYear}), ${o.pglite ? 'PGlite' : 'PostgreSQL'}; load average ${load()} on this machine`,
  );
  const scratches: ScratchDatabase[] = [];
  const servers: ServerProcess[] = [];
  try {
    const baseSize = { orgs: BASELINE_ORGS, tenants: 1 };
    const base = await prepare(o, 'hoptac_bench_registry_base', baseSize, lastYear, scratches);
    const big = await prepare(
      o,
      'hoptac_bench_registry',
      { orgs: o.orgs, tenants: o.tenants },
      lastYear,
      scratches,
    );
    const { small, largest, national } = big.data;
    const baseTenant = base.data.small;
    const [baseSamples, smallSamples, largestSamples] = await Promise.all([
      samplesOf(base.scratch, baseTenant),
      samplesOf(big.scratch, small),
      samplesOf(big.scratch, largest),
    ]);
    out(
      `tenants: baseline ${baseTenant.name} ${baseTenant.orgs}; national table: ${small.name} ${small.orgs}, largest ${largest.name} ${largest.orgs}${national ? `, ${national.name} ${national.orgs}` : ''}`,
    );
    out(`samples (largest): ${JSON.stringify(largestSamples)}`);

    if (o.explain) {
      out(
        `\nEXPLAIN (ANALYZE, BUFFERS) of the list statements, ${largest.name}, ${o.orgs.toLocaleString('en')} rows`,
      );
      await explainListQueries(big.scratch, largest.id, largestSamples, out);
      const widest = national ?? largest;
      out(
        `\nEXPLAIN (ANALYZE, BUFFERS) of the dashboard's aggregates, ${national ? 'all tenants' : widest.name}`,
      );
      await explainDashboard(big.scratch, widest.id, national ? 'all' : 'tenant', lastYear, out);
    }

    const baseServer = await startServer(base.scratch);
    servers.push(baseServer);
    const bigServer = await startServer(big.scratch);
    servers.push(bigServer);
    const baseLabel = `1k db`;
    const populations: Population[] = [
      {
        label: baseLabel,
        client: await StaffClient.signIn(baseServer.url, baseTenant.email, BENCH_PASSWORD),
        samples: baseSamples,
        tenantRows: baseTenant.orgs,
        tableRows: BASELINE_ORGS,
      },
    ];
    const smallClient = await StaffClient.signIn(bigServer.url, small.email, BENCH_PASSWORD);
    if (small.id !== largest.id) {
      populations.push({
        label: `${small.orgs} of ${o.orgs}`,
        client: smallClient,
        samples: smallSamples,
        tenantRows: small.orgs,
        tableRows: o.orgs,
      });
    }
    const largestClient =
      small.id === largest.id
        ? smallClient
        : await StaffClient.signIn(bigServer.url, largest.email, BENCH_PASSWORD);
    const bigLabel = `${largest.orgs} of ${o.orgs}`;
    populations.push({
      label: bigLabel,
      client: largestClient,
      samples: largestSamples,
      tenantRows: largest.orgs,
      tableRows: o.orgs,
    });

    const t = performance.now();
    const list = await timeListQueries(populations, { runs: o.runs, warmup: 3 });
    out(
      `\nList GET /api/v1/orgs as can_bo, p95 over ${o.runs} interleaved rounds (${sec((performance.now() - t) / 1000)} s; load ${load()})`,
    );
    out('columns: "<tenant rows> of <table rows>"; rows = matching organisations ("total")');
    for (const line of listTable(list, populations, bigLabel, baseLabel)) out(line);

    const statsClients: { label: string; client: StaffClient; scope: 'tenant' | 'all' }[] = [
      { label: `tenant: ${largest.name}`, client: largestClient, scope: 'tenant' },
    ];
    if (small.id !== largest.id)
      statsClients.push({ label: `tenant: ${small.name}`, client: smallClient, scope: 'tenant' });
    if (national) {
      const lanhDao = await StaffClient.signIn(bigServer.url, national.email, BENCH_PASSWORD);
      statsClients.push({
        label: `all ${o.tenants} tenants (national lãnh đạo)`,
        client: lanhDao,
        scope: 'all',
      });
    }
    await measureStats(statsClients, lastYear, o.statsRuns);

    out(
      `\nImport of a messy ${o.importRows.toLocaleString('en')}-row .xlsx into ${small.name} (load ${load()})`,
    );
    const imp = await timeImport(smallClient, o.importRows, lastYear);
    out('step | seconds');
    out(
      `build the file (not timed in the total) | ${sec(imp.buildSeconds)} (${(imp.fileBytes / 1e6).toFixed(1)} MB)`,
    );
    out(`upload (POST /org-imports) | ${sec(imp.uploadSeconds)}`);
    out(`dry run (preview, polled) | ${sec(imp.previewSeconds)}`);
    out(`commit (polled) | ${sec(imp.commitSeconds)}`);
    out(
      `end to end | ${sec(imp.totalSeconds)} | target ≤ 20 s: ${imp.totalSeconds <= 20 ? 'met' : 'MISSED'}`,
    );
    const steps = (m: [number, number][]) => m.map(([p, s]) => `${p}% at ${sec(s)} s`).join(', ');
    out(`dry-run progress first seen: ${steps(imp.previewMilestones)}`);
    out(`commit progress first seen: ${steps(imp.commitMilestones)}`);
    out(`preview counts ${JSON.stringify(imp.preview)}`);
    out(`committed counts ${JSON.stringify(imp.committed)}`);

    out(`\nExport of ${small.name}'s list (${o.exportRuns} runs per format; load ${load()})`);
    out('format | rows | MB | median s | max s | target ≤ 5 s for 10,000 rows');
    for (const e of await timeExports(smallClient, o.exportRuns)) {
      const per10k = (e.medianSeconds * 10_000) / e.rows;
      out(
        `${e.format} | ${e.rows} | ${(e.bytes / 1e6).toFixed(1)} | ${sec(e.medianSeconds)} | ${sec(e.maxSeconds)} | ${sec(per10k)} s per 10,000: ${per10k <= 5 ? 'met' : 'MISSED'}`,
      );
    }
  } finally {
    for (const s of servers) await stopServerProcess(s);
    for (const s of scratches) await s.drop().catch((err) => out(`could not drop ${s.label}: ${err}`));
    out(
      `\nscratch databases dropped; whole run ${sec((performance.now() - started) / 1000)} s; load ${load()}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { ...REGISTRY_ARG_OPTIONS, years: { type: 'string' } } });
  await runRegistry(registryOptions(values));
}

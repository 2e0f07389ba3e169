// Usage: npm run bench -- <suite> [options]; figures are for notes and comparisons, never asserted.
//
//   npm run bench -- foundation [--duration 10] [--connections 20]
//   npm run bench -- portal [--articles 20000] [--years 6] [--duration 10] [--connections 50]
//                           [--search-runs 3] [--data-dir DIR] [--only hit,miss,...] [--cpu-prof DIR]
//
//   npm run bench -- registry [--orgs 110000] [--tenants 35] [--years 5] [--pglite] [--pg-url URL]
//                             [--import-rows 10000]   (see bench/registry/registry.bench.ts)
//
// portal --only takes scenario keys: bare, hit, miss, home, category, search (the targets), hit-br,
// home-miss, category-miss, search-miss (for information) and search-p95 (sequential search timing).
// bench/portal/query-census.ts lists the SQL statements behind one uncached page.
//
// Each suite starts the real server (a child process on its own DATA_DIR) and loads it with
// autocannon from this process. portal: see bench/portal/portal.bench.ts.
import { parseArgs } from 'node:util';
import { runFoundation } from './foundation.bench.ts';
import { runPortal } from './portal/portal.bench.ts';
import { REGISTRY_ARG_OPTIONS, registryOptions, runRegistry } from './registry/registry.bench.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string' },
    articles: { type: 'string', default: '20000' },
    years: { type: 'string' },
    'search-runs': { type: 'string', default: '3' },
    'data-dir': { type: 'string' },
    only: { type: 'string', default: '' },
    'cpu-prof': { type: 'string' },
    ...REGISTRY_ARG_OPTIONS,
  },
});

function positive(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive integer (got ${raw})\n`);
    process.exit(2);
  }
  return n;
}

const SUITES: Record<string, () => Promise<void>> = {
  foundation: () =>
    runFoundation({
      durationSeconds: positive('duration', values.duration),
      connections: positive('connections', values.connections ?? '20'),
    }),
  portal: () =>
    runPortal({
      articles: positive('articles', values.articles),
      years: positive('years', values.years ?? '6'),
      durationSeconds: positive('duration', values.duration),
      connections: positive('connections', values.connections ?? '50'),
      searchRuns: positive('search-runs', values['search-runs']),
      dataDir: values['data-dir'],
      only: (values.only ?? '').split(',').filter(Boolean),
      cpuProfDir: values['cpu-prof'],
    }),
  registry: () => runRegistry(registryOptions(values)),
};

const name = positionals[0] ?? 'foundation';
const suite = SUITES[name];
if (!suite) {
  process.stderr.write(`unknown bench "${name}"; one of: ${Object.keys(SUITES).join(', ')}\n`);
  process.exit(2);
}
await suite();

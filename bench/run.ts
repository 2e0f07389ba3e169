// Usage: npm run bench -- <name> [--duration 10] [--connections 20]
// Starts the real server (a child process on a temporary DATA_DIR) and loads it with autocannon
// from this process. Figures are for notes and comparisons, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startServerProcess, stopServerProcess } from '../tests/helpers/server-process.ts';
import { foundationScenarios } from './foundation.bench.ts';

export interface Scenario {
  title: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface BenchContext {
  url: string;
  adminEmail: string;
  adminPassword: string;
}

const SUITES: Record<string, (ctx: BenchContext) => Promise<Scenario[]>> = {
  foundation: foundationScenarios,
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' } },
});
const name = positionals[0] ?? 'foundation';
const suite = SUITES[name];
if (!suite) {
  process.stderr.write(`unknown bench "${name}"; one of: ${Object.keys(SUITES).join(', ')}\n`);
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'hoptac-bench-'));
const adminEmail = 'bench@example.vn';
const adminPassword = 'mat-khau-do-tai-1';
const server = await startServerProcess({
  DATA_DIR: dataDir,
  ADMIN_EMAIL: adminEmail,
  ADMIN_PASSWORD: adminPassword,
  LOG_LEVEL: 'warn',
});
try {
  const scenarios = await suite({ url: server.url, adminEmail, adminPassword });
  process.stdout.write(`bench ${name}: ${values.connections} connections, ${values.duration} s each\n`);
  process.stdout.write('scenario | req/s | p50 ms | p99 ms | non-2xx\n');
  for (const s of scenarios) {
    const r = await autocannon({
      url: server.url + s.path,
      method: s.method ?? 'GET',
      headers: s.headers,
      body: s.body,
      duration: Number(values.duration),
      connections: Number(values.connections),
    });
    process.stdout.write(
      `${s.title} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx}\n`,
    );
  }
} finally {
  await stopServerProcess(server);
  rmSync(dataDir, { recursive: true, force: true });
}

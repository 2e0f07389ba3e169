// The platform's own paths under load: health, the public shell, a signed-in API read, commune
// autocomplete. Starts the real server on a temporary DATA_DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServerProcess, stopServerProcess } from '../tests/helpers/server-process.ts';

interface Scenario {
  title: string;
  path: string;
  headers?: Record<string, string>;
}

async function foundationScenarios(url: string, email: string, password: string): Promise<Scenario[]> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return [
    { title: 'GET /healthz', path: '/healthz' },
    { title: 'GET / (public home)', path: '/', headers: { accept: 'text/html' } },
    { title: 'GET /api/v1/auth/me (session)', path: '/api/v1/auth/me', headers: { cookie } },
    {
      title: 'GET /api/v1/places/communes?q=quang lich',
      path: '/api/v1/places/communes?q=quang%20lich',
      headers: { cookie },
    },
  ];
}

export async function runFoundation(o: { durationSeconds: number; connections: number }): Promise<void> {
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
    const scenarios = await foundationScenarios(server.url, adminEmail, adminPassword);
    process.stdout.write(`bench foundation: ${o.connections} connections, ${o.durationSeconds} s each\n`);
    process.stdout.write('scenario | req/s | p50 ms | p99 ms | non-2xx\n');
    for (const s of scenarios) {
      const r = await autocannon({
        url: server.url + s.path,
        method: 'GET',
        headers: s.headers,
        duration: o.durationSeconds,
        connections: o.connections,
      });
      process.stdout.write(
        `${s.title} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx}\n`,
      );
    }
  } finally {
    await stopServerProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

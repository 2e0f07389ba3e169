import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  runCli,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from '../helpers/server-process.ts';

// The real process on the embedded database: the guarantees no in-process test can show.
const root = mkdtempSync(join(tmpdir(), 'hoptac-process-'));
const dataDir = join(root, 'data');
const env = { DATA_DIR: dataDir, ADMIN_EMAIL: 'admin@example.vn', ADMIN_PASSWORD: 'mat-khau-quan-tri-1' };
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const s of running) await stopServerProcess(s, 'SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

// Each step starts a real process (TypeScript compiled on load): generous limits for a busy CI machine.
describe('hoptac serve on PGlite', { timeout: 120_000 }, () => {
  let first: ServerProcess;
  let createdEmail = '';
  let createdPassword = '';

  it('starts, answers /healthz and /readyz', async () => {
    first = await startServerProcess(env);
    running.push(first);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('refuses a second process on the same DATA_DIR while the first keeps serving', async () => {
    const second = await runCli(['serve'], { ...env, PORT: '0' });
    expect(second.code).not.toBe(0);
    expect(second.out).toContain('đang được tiến trình');
    expect(second.out).toContain('is in use by process');
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it('keeps a committed write through kill -9', async () => {
    const { cookie, csrfToken } = await signIn(first.url, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    const res = await fetch(`${first.url}/api/v1/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email: 'ben-vung@example.vn', fullName: 'Bền Vững', role: 'can_bo' }),
    });
    expect(res.status).toBe(201);
    createdEmail = 'ben-vung@example.vn';
    createdPassword = ((await res.json()) as { temporaryPassword: string }).temporaryPassword;

    expect(await stopServerProcess(first, 'SIGKILL')).toBeNull();
    first = await startServerProcess(env); // the stale lock of the killed process is taken over
    running.push(first);
    await signIn(first.url, createdEmail, createdPassword);
  });

  it('creates users from the CLI through the running server', async () => {
    const res = await runCli(
      ['user:create', '--email', 'cli@example.vn', '--role', 'lanh_dao', '--name', 'Lãnh Đạo'],
      env,
    );
    expect(res.code).toBe(0);
    const password = /temporaryPassword: (\S+)/.exec(res.out)?.[1] ?? '';
    await signIn(first.url, 'cli@example.vn', password);
    const bad = await runCli(['user:create', '--email', 'x@example.vn', '--role', 'vua'], env);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('--role phải là một trong');
  });

  it('backs up while running, and restores into an empty DATA_DIR', async () => {
    const archive = join(root, 'backup.tar.gz');
    const backup = await runCli(['backup', '--out', archive], env);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain(`out: ${archive}`);
    expect(await stopServerProcess(first, 'SIGTERM')).toBe(0);

    const restoredDir = join(root, 'restored');
    const restore = await runCli(['restore', '--from', archive], { DATA_DIR: restoredDir });
    expect(restore.code).toBe(0);
    const again = await runCli(['restore', '--from', archive], { DATA_DIR: restoredDir });
    expect(again.code).toBe(1);
    expect(again.out).toContain('hãy khôi phục vào thư mục trống');

    const restored = await startServerProcess({ ...env, DATA_DIR: restoredDir });
    running.push(restored);
    await signIn(restored.url, createdEmail, createdPassword);
  });

  it('stops with one clear line on an invalid setting', async () => {
    const res = await runCli(['serve'], { ...env, PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(res.code).toBe(1);
    expect(res.out.trim().split('\n')).toHaveLength(1);
    expect(res.out).toMatch(/PORT: .*LOG_LEVEL: /);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, dataDirLockOwner } from './data-dir-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'hoptac-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a directory held by another live process, naming it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hoptac.lock'), String(process.ppid)); // a live process that is not us
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(`tiến trình ${process.ppid}`);
    expect(dataDirLockOwner(dir)).toBe(process.ppid);
  });

  it('takes over the lock of a dead process (after kill -9)', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, 'hoptac.lock'), dead);
    const lock = acquireDataDirLock(dir);
    expect(dataDirLockOwner(dir)).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, 'hoptac.lock'))).toBe(false);
  });

  it('releases only its own lock', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    writeFileSync(join(dir, 'hoptac.lock'), String(process.ppid));
    lock.release();
    expect(existsSync(join(dir, 'hoptac.lock'))).toBe(true);
  });
});

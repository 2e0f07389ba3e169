import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng; dừng tiến trình đó trước. / ` +
        `Data directory ${dir} is in use by process ${pid}; stop it first (PGlite allows one process per directory).`,
    );
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

const LOCK_NAME = 'hoptac.lock';

/**
 * Takes the exclusive lock on a PGlite data directory. Two processes on one directory silently
 * lose committed rows, so the second one must refuse to start. The lock file holds the owner's
 * pid: a lock left by a killed process (kill -9) is recognised as stale and taken over.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { path, release: () => releaseIfOurs(path) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(path);
      if (owner !== null && owner !== process.pid && isAlive(owner)) throw new DataDirLockedError(dir, owner);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the data directory lock ${path}`);
}

/** The pid holding the directory, or null when nobody does. */
export function dataDirLockOwner(dir: string): number | null {
  const owner = readOwner(join(dir, LOCK_NAME));
  return owner !== null && isAlive(owner) ? owner : null;
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(path: string): void {
  if (readOwner(path) === process.pid) rmSync(path, { force: true });
}

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SOURCES = [join(ROOT, 'admin'), join(ROOT, 'src/modules')];
const STAMP = join(ROOT, 'dist/admin/.source-hash');

function listFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    // The console imports the modules' shared dto files; nothing else of the server.
    else if (path.startsWith(join(ROOT, 'admin')) || path.endsWith('.dto.ts')) out.push(path);
  }
  return out;
}

/** Hash of the console's sources: content, not mtimes (a fresh clone has new mtimes). */
export function adminSourceHash(): string {
  const h = createHash('sha256');
  for (const file of listFiles(SOURCES[0] as string).concat(listFiles(SOURCES[1] as string))) {
    h.update(relative(ROOT, file));
    h.update(readFileSync(file));
  }
  return h.digest('hex');
}

export function adminBuildIsCurrent(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === adminSourceHash();
}

/**
 * Builds the console with Vite when the build is missing or stale. Runs beside the server so
 * the site answers at once; /quan-tri shows a "being prepared" page until the build lands.
 */
export function buildAdminIfStale(log: FastifyBaseLogger): Promise<void> {
  if (adminBuildIsCurrent()) return Promise.resolve();
  const hash = adminSourceHash();
  log.info('building the staff console (admin/) with Vite');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'admin/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
        // Always the production build: under NODE_ENV=test (vitest) Vite would make a development
        // build of React and antd and mark it current for the next `npm start`.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`admin build failed with exit code ${code}`));
      writeFileSync(STAMP, hash);
      log.info('staff console built');
      resolve();
    });
  });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAdminIfStale } from '../../src/core/admin-spa/admin-build.ts';
import { silentLog } from '../../src/core/silent-log.ts';
import { type ServerProcess, startServerProcess, stopServerProcess } from '../helpers/server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    /** The one-time password the server printed on its first start. */
    adminPassword: string;
    /** The server's DATA_DIR: `hoptac user:create` reaches the running server through it. */
    dataDir: string;
  }
}

/** Builds the console if needed, then starts the real server on a temporary DATA_DIR. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildAdminIfStale(silentLog);
  const dataDir = mkdtempSync(join(tmpdir(), 'hoptac-e2e-'));
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'quantri@example.vn',
      TENANT_NAME: 'Liên minh Hợp tác xã tỉnh Hưng Yên',
      TENANT_PROVINCE_CODE: '33',
    });
    const printed = server.output.join('\n');
    const password = /Mật khẩu: (\S+)/.exec(printed)?.[1];
    if (!password) throw new Error(`no one-time password printed:\n${printed}`);
    project.provide('baseUrl', server.url);
    project.provide('adminEmail', 'quantri@example.vn');
    project.provide('adminPassword', password);
    project.provide('dataDir', dataDir);
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return async () => {
    if (server) await stopServerProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

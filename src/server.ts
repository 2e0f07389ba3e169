import type { Server } from 'node:http';
import { buildApp } from './app.ts';
import { startBackgroundJobs } from './background-jobs.ts';
import { DB_COMMANDS } from './cli/db-commands.ts';
import type { Config } from './config.ts';
import { buildAdminIfStale } from './core/admin-spa/admin-build.ts';
import { startControlSocket } from './core/backup/control-socket.ts';
import { prepareDatabase } from './core/db/bootstrap.ts';
import { type Database, openDatabase } from './core/db/client.ts';
import { acquireDataDirLock, type DataDirLock } from './core/db/data-dir-lock.ts';
import { ensureFirstAdmin } from './modules/accounts/first-admin.ts';
import { seedDemoContentIfEmpty } from './modules/demo/demo-loader.service.ts';
import { maintainSearchIndex } from './modules/search/search.service.ts';
import { TenantDirectory } from './modules/tenants/tenant-directory.ts';
import { ensureDefaultTenant, reloadTenantDirectory } from './modules/tenants/tenants.service.ts';
import { REFERENCE_LOADERS } from './reference-data.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database the configuration names; PGlite first takes the data directory lock. */
export async function openConfiguredDatabase(
  config: Config,
): Promise<{ database: Database; lock: DataDirLock | null }> {
  const lock = config.DATABASE_URL ? null : acquireDataDirLock(config.dataDir);
  try {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
    return { database, lock };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** config → database → migrate → first tenant and administrator → app → listen. */
export interface StartOptions {
  /** Build the staff console beside the server when its build is missing or stale. */
  buildAdmin?: boolean;
  print: (line: string) => void;
}

export async function startServer(
  config: Config,
  { buildAdmin = false, print }: StartOptions,
): Promise<RunningServer> {
  const { database, lock } = await openConfiguredDatabase(config);
  const tenants = new TenantDirectory();
  const app = await buildApp({ config, database, tenants, clock: () => new Date() });
  let control: Server | undefined;
  // CLI commands reach the process that owns the PGlite directory through the control socket.
  const runControl = async (command: string, args: Record<string, string>) => {
    const run = DB_COMMANDS[command];
    if (!run) throw new Error(`unknown command ${command}`);
    app.log.info({ command }, 'control command');
    return run(database, config, args);
  };
  try {
    const applied = await prepareDatabase(database.db, REFERENCE_LOADERS);
    if (applied.length) app.log.info({ applied }, 'migrations applied');
    const tenant = await ensureDefaultTenant(database.db, config);
    await reloadTenantDirectory(database.db, tenants);
    const admin = await ensureFirstAdmin(database.db, app.log, tenant.id, config);
    if (admin?.generatedPassword) {
      // Printed once, straight to the console and never to the log: it is a secret.
      print(
        [
          '',
          '  Tài khoản quản trị đầu tiên / first administrator',
          `  Email:    ${admin.email}`,
          `  Mật khẩu: ${admin.generatedPassword}   (đổi ngay khi đăng nhập lần đầu / change at first login)`,
          '',
        ].join('\n'),
      );
    }
    await app.listen({ port: config.PORT, host: config.HOST });
    if (lock)
      control = await startControlSocket(config.dataDir, (command, args) => runControl(command, args));
  } catch (err) {
    await app.close();
    await database.close();
    lock?.release();
    throw err;
  }
  const jobs = await startBackgroundJobs({ app, database, config, tenants });
  // After listen: drawing and encoding the demo images takes seconds, /healthz must not wait.
  const demo = seedDemoContentIfEmpty({
    db: database.db,
    log: app.log,
    config,
    tenantId: tenants.list()[0]?.id ?? '',
    clock: () => new Date(),
    tenants,
  }).then(async (outcome) => {
    if (outcome.seeded) {
      // Fresh statistics for the planner: PGlite never analyzes on its own.
      await maintainSearchIndex(database.db).catch((err) =>
        app.log.warn({ err }, 'statistics after demo seeding failed'),
      );
      print(
        `  Đã nạp dữ liệu minh họa (${outcome.counts.articles} bài viết) — xóa trong trang quản trị; HOPTAC_DEMO=0 để bắt đầu trống.`,
      );
    }
  });
  if (buildAdmin)
    buildAdminIfStale(app.log).catch((err) => app.log.error({ err }, 'staff console build failed'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        await demo;
        await jobs.stop();
        control?.close();
        await app.close(); // stops accepting, lets in-flight requests finish, runs onClose hooks
        await database.close();
        lock?.release();
      })();
      return closing;
    },
  };
}

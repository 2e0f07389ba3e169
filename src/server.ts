import type { Server } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.ts';
import { DB_COMMANDS } from './cli/db-commands.ts';
import type { Config } from './config.ts';
import { buildAdminIfStale } from './core/admin-spa/admin-build.ts';
import { startControlSocket } from './core/backup/control-socket.ts';
import { prepareDatabase } from './core/db/bootstrap.ts';
import { type Database, openDatabase } from './core/db/client.ts';
import { acquireDataDirLock, type DataDirLock } from './core/db/data-dir-lock.ts';
import { purgeExpiredSessions } from './modules/accounts/auth.service.ts';
import { ensureFirstAdmin } from './modules/accounts/first-admin.ts';
import { startScheduledPublishing } from './modules/news/scheduled-publishing.ts';
import { loadPlaces } from './modules/places/places.service.ts';
import { TenantDirectory } from './modules/tenants/tenant-directory.ts';
import { ensureDefaultTenant, reloadTenantDirectory } from './modules/tenants/tenants.service.ts';

const PURGE_EVERY_MS = 60 * 60_000;

/** Expired sessions are only refused on read; this keeps the table from growing forever. */
function schedulePurge(database: Database, config: Config, log: FastifyBaseLogger): NodeJS.Timeout {
  const policy = { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
  const run = () =>
    purgeExpiredSessions(database.db, new Date(), policy).catch((err) =>
      log.warn({ err }, 'session purge failed'),
    );
  run();
  return setInterval(run, PURGE_EVERY_MS).unref();
}

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
    const applied = await prepareDatabase(database.db, [loadPlaces]);
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
  const purge = schedulePurge(database, config, app.log);
  const scheduled = startScheduledPublishing({
    db: database.db,
    log: app.log,
    clock: () => new Date(),
    tenants,
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
        clearInterval(purge);
        scheduled.stop();
        control?.close();
        await app.close(); // stops accepting, lets in-flight requests finish, runs onClose hooks
        await database.close();
        lock?.release();
      })();
      return closing;
    },
  };
}

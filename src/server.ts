import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './core/db/client.ts';
import { acquireDataDirLock, type DataDirLock } from './core/db/data-dir-lock.ts';
import { prepareDatabase } from './core/db/bootstrap.ts';
import { ensureFirstAdmin } from './modules/accounts/first-admin.ts';
import { loadPlaces } from './modules/places/places.service.ts';
import { TenantDirectory } from './modules/tenants/tenant-directory.ts';
import { ensureDefaultTenant, reloadTenantDirectory } from './modules/tenants/tenants.service.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database the configuration names; PGlite first takes the data directory lock. */
export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; lock: DataDirLock | null }> {
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
export async function startServer(config: Config, print: (line: string) => void): Promise<RunningServer> {
  const { database, lock } = await openConfiguredDatabase(config);
  const tenants = new TenantDirectory();
  const app = await buildApp({ config, database, tenants, clock: () => new Date() });
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
  } catch (err) {
    await app.close();
    await database.close();
    lock?.release();
    throw err;
  }
  const url = `http://${config.HOST}:${config.PORT}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        await app.close(); // stops accepting, lets in-flight requests finish, runs onClose hooks
        await database.close();
        lock?.release();
      })();
      return closing;
    },
  };
}

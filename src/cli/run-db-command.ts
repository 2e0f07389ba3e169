import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { assertEmptyDataDir, openBackupArchive } from '../core/backup/backup-archive.ts';
import { callControlSocket } from '../core/backup/control-socket.ts';
import { prepareDatabase } from '../core/db/bootstrap.ts';
import { openDatabase } from '../core/db/client.ts';
import { acquireDataDirLock, dataDirLockOwner } from '../core/db/data-dir-lock.ts';
import { ensureDefaultTenant } from '../modules/tenants/tenants.service.ts';
import { REFERENCE_LOADERS } from '../reference-data.ts';
import { openConfiguredDatabase } from '../server.ts';
import { type Args, CliError, DB_COMMANDS, type Result } from './db-commands.ts';

/** Runs a database command here, or in the server that owns the PGlite directory. */
export async function runDbCommand(config: Config, command: string, args: Args): Promise<Result> {
  const run = DB_COMMANDS[command];
  if (!run) throw new CliError(`unknown command ${command}`);
  const absolute = { ...args, ...(args.out ? { out: resolve(args.out) } : {}) };
  if (!config.DATABASE_URL && dataDirLockOwner(config.dataDir) !== null) {
    const defined = Object.fromEntries(Object.entries(absolute).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    return (await callControlSocket(config.dataDir, command, defined)) as Result;
  }
  const { database, lock } = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database.db, REFERENCE_LOADERS);
    await ensureDefaultTenant(database.db, config);
    return await run(database, config, absolute);
  } finally {
    await database.close();
    lock?.release();
  }
}

/** Brings an archive back into an empty DATA_DIR (database, then media). */
export async function restoreBackup(config: Config, from: string | undefined): Promise<Result> {
  if (config.DATABASE_URL)
    throw new CliError('PostgreSQL: dùng pg_restore (xem README) / use pg_restore (see README)');
  if (!from) throw new CliError('Thiếu --from / --from is required');
  const lock = acquireDataDirLock(config.dataDir);
  try {
    assertEmptyDataDir(config.dataDir);
    const backup = await openBackupArchive(resolve(from));
    try {
      const database = await openDatabase({
        databaseUrl: '',
        dataDir: config.dataDir,
        loadDataDir: backup.dump,
      });
      // Bring an older backup's schema up to this version before anyone serves it.
      await prepareDatabase(database.db, REFERENCE_LOADERS);
      await database.close();
      if (backup.mediaDir) cpSync(backup.mediaDir, join(config.dataDir, 'media'), { recursive: true });
      return { restored: from, createdAt: backup.manifest.createdAt, dataDir: config.dataDir };
    } finally {
      backup.dispose();
    }
  } finally {
    lock.release();
  }
}

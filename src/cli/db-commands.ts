import type { Config } from '../config.ts';
import { Role } from '../core/auth/roles.ts';
import { writeBackupArchive } from '../core/backup/backup-archive.ts';
import { prepareDatabase } from '../core/db/bootstrap.ts';
import type { Database } from '../core/db/client.ts';
import { silentLog } from '../core/silent-log.ts';
import { UserCreate } from '../modules/accounts/accounts.dto.ts';
import { createUser, resetPasswordByEmail } from '../modules/accounts/users.service.ts';
import { findTenantForCli } from '../modules/tenants/tenants.service.ts';
import { REFERENCE_LOADERS } from '../reference-data.ts';

export type Args = Record<string, string | undefined>;
export type Result = Record<string, string | number | string[]>;

/** A failure the CLI reports in one line (no stack). */
export class CliError extends Error {
  readonly cliMessage = true;
}

/**
 * Commands that need the database. The CLI runs them itself, or — when a server already owns
 * the PGlite directory — asks that server to run them through the control socket.
 */
export const DB_COMMANDS: Record<
  string,
  (database: Database, config: Config, args: Args) => Promise<Result>
> = {
  migrate: async (database) => ({ applied: await prepareDatabase(database.db, REFERENCE_LOADERS) }),

  'user:create': async (database, _config, args) => {
    const role = Role.safeParse(args.role);
    if (!role.success)
      throw new CliError(`--role phải là một trong / must be one of: ${Role.options.join(', ')}`);
    const input = UserCreate.safeParse({
      email: args.email,
      fullName: args.name ?? args.email,
      role: role.data,
    });
    if (!input.success)
      throw new CliError(input.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
    const tenant = await findTenantForCli(database.db, args.tenant);
    if (!tenant)
      throw new CliError(`Không tìm thấy đơn vị / tenant not found: ${args.tenant ?? '(mặc định)'}`);
    const ctx = { db: database.db, tenantId: tenant.id, actor: null, requestId: null, log: silentLog };
    const { user, temporaryPassword } = await createUser(ctx, input.data);
    return { email: user.email, role: user.role, tenant: tenant.code, temporaryPassword };
  },

  'user:reset-password': async (database, _config, args) => {
    if (!args.email) throw new CliError('Thiếu --email / --email is required');
    const ctx = { db: database.db, actor: null, requestId: null, log: silentLog };
    const { temporaryPassword } = await resetPasswordByEmail(ctx, args.email);
    return { email: args.email, temporaryPassword };
  },

  backup: async (database, config, args) => {
    if (!database.dumpDataDir)
      throw new CliError('PostgreSQL: dùng pg_dump (xem README) / use pg_dump (see README)');
    if (!args.out) throw new CliError('Thiếu --out / --out is required');
    const bytes = await writeBackupArchive({
      out: args.out,
      dump: await database.dumpDataDir(),
      dataDir: config.dataDir,
      now: new Date(),
    });
    return { out: args.out, bytes };
  },
};

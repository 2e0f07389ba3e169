import { parseArgs } from 'node:util';
import { restoreBackup, runDbCommand } from './cli/run-db-command.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { BackupError } from './core/backup/backup-archive.ts';
import { DataDirLockedError } from './core/db/data-dir-lock.ts';
import { startServer } from './server.ts';

const USAGE = `Hợp Tác — cách dùng / usage: hoptac <lệnh> [tuỳ chọn]
  serve [--build-admin]                          chạy máy chủ / run the server
  migrate                                        cập nhật lược đồ CSDL / apply migrations
  user:create --email E --role R [--name N] [--tenant CODE]
                                                 tạo tài khoản (in mật khẩu một lần) / create an account
  user:reset-password --email E                  đặt lại mật khẩu / reset a password
  backup [--out FILE]                            sao lưu CSDL + tệp tải lên / back up database + media
  restore --from FILE                            khôi phục vào DATA_DIR trống / restore into an empty DATA_DIR`;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function serve(config: Config, buildAdmin: boolean): Promise<void> {
  const server = await startServer(config, { buildAdmin, print: out });
  out(`Hợp Tác đang chạy tại / running at ${server.url}  (quản trị / console: ${server.url}/quan-tri)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    out(`${signal}: đang dừng / shutting down`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function printResult(result: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(result))
    out(`${key}: ${Array.isArray(value) ? value.join(', ') || '—' : value}`);
}

function defaultBackupName(): string {
  return `hoptac-backup-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.tar.gz`;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      tenant: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      'build-admin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config, values['build-admin'] ?? false);
    case 'migrate':
    case 'user:create':
    case 'user:reset-password':
    case 'backup':
      return printResult(
        await runDbCommand(config, command, {
          email: values.email,
          role: values.role,
          name: values.name,
          tenant: values.tenant,
          out: command === 'backup' ? (values.out ?? defaultBackupName()) : undefined,
        }),
      );
    case 'restore':
      return printResult(await restoreBackup(config, values.from));
    default:
      out(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Expected failures get one clear line; anything else keeps its stack for the operator.
  const known =
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof BackupError ||
    (err as { cliMessage?: boolean }).cliMessage ||
    String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`${known ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
  process.exit(1);
});

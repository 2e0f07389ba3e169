import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';

// An archive is a tar.gz of: manifest.json, database.tar.gz (PGlite data dir dump), media/ (uploads).
const FORMAT = 'hoptac-backup';
const VERSION = 1;
const DB_FILE = 'database.tar.gz';

export interface BackupManifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  database: 'pglite';
}

export class BackupError extends Error {}

/** Writes one archive from a consistent database dump and the media folder of dataDir. */
export async function writeBackupArchive(opts: {
  out: string;
  dump: Blob;
  dataDir: string;
  now: Date;
}): Promise<number> {
  const staging = mkdtempSync(join(tmpdir(), 'hoptac-backup-'));
  try {
    const manifest: BackupManifest = {
      format: FORMAT,
      version: VERSION,
      createdAt: opts.now.toISOString(),
      database: 'pglite',
    };
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(staging, DB_FILE), Buffer.from(await opts.dump.arrayBuffer()));
    const entries = ['manifest.json', DB_FILE];
    const media = join(opts.dataDir, 'media');
    if (existsSync(media)) {
      symlinkSync(media, join(staging, 'media'));
      entries.push('media');
    }
    await tar.c({ gzip: true, file: opts.out, cwd: staging, follow: true, portable: true }, entries);
    return readFileSync(opts.out).length;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface OpenedBackup {
  manifest: BackupManifest;
  dump: Blob;
  /** Folder holding the archived media, if any. */
  mediaDir: string | null;
  dispose(): void;
}

/** Unpacks and checks an archive; throws BackupError with a readable reason when it is not ours. */
export async function openBackupArchive(file: string): Promise<OpenedBackup> {
  if (!existsSync(file)) throw new BackupError(`Không tìm thấy tệp sao lưu / backup file not found: ${file}`);
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-restore-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    await tar.x({ file, cwd: dir, strict: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== FORMAT || manifest.version !== VERSION) throw new Error('unknown format');
    const dump = new Blob([readFileSync(join(dir, DB_FILE))]);
    const mediaDir = existsSync(join(dir, 'media')) ? join(dir, 'media') : null;
    return { manifest, dump, mediaDir, dispose };
  } catch (err) {
    dispose();
    if (err instanceof BackupError) throw err;
    throw new BackupError(`Tệp không phải bản sao lưu Hợp Tác hợp lệ / not a valid Hợp Tác backup: ${file}`);
  }
}

/** Restore goes only into a DATA_DIR without a database: it never overwrites live data. */
export function assertEmptyDataDir(dataDir: string): void {
  const pgdata = join(dataDir, 'pgdata');
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
    throw new BackupError(
      `Thư mục dữ liệu ${dataDir} đã có cơ sở dữ liệu; hãy khôi phục vào thư mục trống. / ${dataDir} already holds a database; restore into an empty DATA_DIR.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
}

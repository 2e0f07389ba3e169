import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Files under DATA_DIR/media (the backup archives that folder). Paths are content-addressed:
 *   <tenant>/images/<ab>/<sha256>-<width>.<webp|jpg>   public variants
 *   <tenant>/files/<ab>/<sha256>.<ext>                 public document files
 *   <tenant>/originals/<ab>/<sha256>.<ext>             private originals, never served
 * The hash in every name lets browsers and CDNs cache a URL forever.
 */
export class MediaStore {
  readonly root: string;
  private readonly staging: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'media');
    // Inside the media root so renames stay on one file system (atomic).
    this.staging = join(this.root, '.staging');
  }

  absolute(relPath: string): string {
    return join(this.root, relPath);
  }

  /** Starts a set of files that appear together on commit, or not at all. */
  stage(): StagedFiles {
    return new StagedFiles(this, join(this.staging, randomUUID()));
  }

  /** Best effort: a file already gone is fine. */
  async remove(relPaths: readonly string[]): Promise<void> {
    await Promise.all(relPaths.map((p) => rm(this.absolute(p), { force: true })));
  }

  async size(relPath: string): Promise<number | null> {
    try {
      const s = await stat(this.absolute(relPath));
      return s.isFile() ? s.size : null;
    } catch {
      return null;
    }
  }

  /** Drops staging folders a crashed process left behind (older than an hour). */
  async sweepStaging(now = Date.now()): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(this.staging);
    } catch {
      return;
    }
    for (const name of entries) {
      const dir = join(this.staging, name);
      const s = await stat(dir).catch(() => null);
      if (s && now - s.mtimeMs > 3_600_000) await rm(dir, { recursive: true, force: true });
    }
  }
}

const shard = (sha: string) => sha.slice(0, 2);

export const mediaPaths = {
  variant: (tenantId: string, sha: string, width: number, format: 'webp' | 'jpeg') =>
    `${tenantId}/images/${shard(sha)}/${sha}-${width}.${format === 'webp' ? 'webp' : 'jpg'}`,
  file: (tenantId: string, sha: string, ext: string) => `${tenantId}/files/${shard(sha)}/${sha}.${ext}`,
  original: (tenantId: string, sha: string, ext: string) =>
    `${tenantId}/originals/${shard(sha)}/${sha}.${ext}`,
};

/** The only shapes the public route serves (never originals, never anything else). */
const SERVABLE =
  /^(images\/[0-9a-f]{2}\/([0-9a-f]{64})-\d{1,5}\.(?:webp|jpg)|files\/[0-9a-f]{2}\/([0-9a-f]{64})\.(?:pdf|docx?|xlsx?))$/;

/** "images/ab/<sha>-640.webp" → the hash, or null when the path is not a public media path. */
export function servableHash(pathInTenant: string): string | null {
  const m = SERVABLE.exec(pathInTenant);
  return m ? (m[2] ?? m[3] ?? null) : null;
}

/**
 * Files written to a private staging folder first, then renamed into place together. rollback()
 * removes what this set created, so a failed upload leaves nothing behind.
 */
export class StagedFiles {
  private readonly pending: { temp: string; relPath: string }[] = [];
  private readonly created: string[] = [];

  constructor(
    private readonly store: MediaStore,
    private readonly dir: string,
  ) {}

  async add(relPath: string, data: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, String(this.pending.length));
    await writeFile(temp, data, { flag: 'wx' });
    this.pending.push({ temp, relPath });
  }

  /** Moves every staged file into place. Content-addressed: an existing file has the same bytes. */
  async commit(): Promise<void> {
    for (const { temp, relPath } of this.pending) {
      const target = this.store.absolute(relPath);
      const existed = (await this.store.size(relPath)) !== null;
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
      if (!existed) this.created.push(relPath);
    }
    this.pending.length = 0;
    await this.discard();
  }

  /** Undoes commit() and drops staged files. */
  async rollback(): Promise<void> {
    await this.store.remove(this.created);
    this.created.length = 0;
    await this.discard();
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

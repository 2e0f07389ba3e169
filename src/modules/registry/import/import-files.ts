import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The uploaded workbooks and their reports, under DATA_DIR/media/<tenant>/imports/<import id>/:
 * inside the media folder so backups carry them, outside the paths the public media route serves.
 * Paths in the database are relative to DATA_DIR.
 */
export class ImportFiles {
  constructor(private readonly dataDir: string) {}

  static originalPath(tenantId: string, importId: string): string {
    return `media/${tenantId}/imports/${importId}/original.xlsx`;
  }

  static reportPath(tenantId: string, importId: string): string {
    return `media/${tenantId}/imports/${importId}/report.xlsx`;
  }

  /** Written beside its place and renamed into it, so a reader never sees half a file. */
  async write(relPath: string, bytes: Buffer): Promise<void> {
    const target = join(this.dataDir, relPath);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
  }

  read(relPath: string): Promise<Buffer> {
    return readFile(join(this.dataDir, relPath));
  }

  /** Removes an import's folder (an upload refused after its file was written). */
  async removeImport(tenantId: string, importId: string): Promise<void> {
    await rm(join(this.dataDir, 'media', tenantId, 'imports', importId), { recursive: true, force: true });
  }
}

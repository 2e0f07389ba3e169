import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to read a few named parts of an .xlsx (workbook, relationships,
 * a sheet's merged ranges) without loading the whole workbook: exceljs's streaming reader does not
 * report merged cells, and its full loader needs ~1.5 GB for 100,000 rows.
 */
export class ZipEntries {
  private readonly entries = new Map<string, { method: number; size: number; offset: number }>();

  /** Throws when the central directory is missing or damaged (a truncated or corrupted file). */
  constructor(private readonly bytes: Buffer) {
    const eocd = findEndOfDirectory(bytes);
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
        throw new Error('zip: bad directory');
      const method = bytes.readUInt16LE(at + 10);
      const size = bytes.readUInt32LE(at + 20);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const offset = bytes.readUInt32LE(at + 42);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      this.entries.set(name.replace(/^\//, ''), { method, size, offset });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's text (UTF-8), or null when the archive has no such entry. */
  text(name: string): string | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.bytes;
    if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== 0x04034b50)
      throw new Error('zip: bad entry');
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    const data = b.subarray(start, start + e.size);
    if (e.method === 0) return data.toString('utf8');
    if (e.method === 8) return inflateRawSync(data).toString('utf8');
    throw new Error(`zip: unsupported compression ${e.method}`);
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  throw new Error('zip: no end of central directory');
}

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { StaffClient } from '../../../tests/helpers/test-app.ts';
import { type FormPart, fileUpload } from './multipart.fixture.ts';

/** A throw-away DATA_DIR per test file: uploads land in <dir>/media. */
export function tempDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hoptac-media-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under a directory, as sorted relative paths (empty when it does not exist). */
export function filesUnder(dir: string): string[] {
  let entries: { name: string; parentPath: string; isFile(): boolean }[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

export function upload(
  client: StaffClient,
  filename: string,
  contentType: string,
  data: Buffer | string,
  extra: FormPart[] = [],
): Promise<LightMyRequestResponse> {
  const { payload, headers } = fileUpload(filename, contentType, data, extra);
  return client.inject({ method: 'POST', url: '/api/v1/media', payload, headers });
}

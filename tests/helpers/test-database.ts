import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/core/db/client.ts';
import { TEST_DB_PREFIX, withAdminConnection } from './postgres-admin.ts';

/** A fresh migrated database for one test file: a PGlite copy of the snapshot, or a PostgreSQL clone of the template. */
export async function createTestDatabase(): Promise<Database> {
  const postgresUrl = inject('postgresUrl');
  if (!postgresUrl) {
    const snapshot = readFileSync(inject('snapshotPath'));
    return openDatabase({ databaseUrl: '', loadDataDir: new Blob([snapshot]) });
  }
  const name = `${TEST_DB_PREFIX}${randomBytes(6).toString('hex')}`;
  const template = inject('postgresTemplate');
  await withAdminConnection(postgresUrl, (c) => c.query(`create database ${name} template ${template}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminConnection(postgresUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

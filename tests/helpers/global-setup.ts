import { mkdirSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from '../../src/config.ts';
import { prepareDatabase } from '../../src/core/db/bootstrap.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { REFERENCE_LOADERS } from '../../src/reference-data.ts';
import { TEST_DB_PREFIX, withAdminConnection } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of the migrated data-dir snapshot each test file starts from. */
    snapshotPath: string;
    /** PostgreSQL: server URL whose template database each test file copies. */
    postgresUrl: string;
    /** PostgreSQL: this run's template database (unique, so parallel runs do not collide). */
    postgresTemplate: string;
  }
}

const SNAPSHOT = new URL('../../.tmp/test-snapshot.tar.gz', import.meta.url).pathname;

/** Migrate once; every test file then copies the result instead of migrating again. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = testDatabaseUrl();
  const templateDb = `${TEST_DB_PREFIX}template_${process.pid}`;
  if (url) {
    await withAdminConnection(url, async (client) => {
      await client.query(`drop database if exists ${templateDb} with (force)`);
      await client.query(`create database ${templateDb}`);
    });
    const target = new URL(url);
    target.pathname = `/${templateDb}`;
    const database = await openDatabase({ databaseUrl: target.toString(), poolSize: 1 });
    await prepareDatabase(database.db, REFERENCE_LOADERS);
    await database.close();
    project.provide('postgresUrl', url);
    project.provide('postgresTemplate', templateDb);
    project.provide('snapshotPath', '');
    return async () => {
      await withAdminConnection(url, (client) =>
        client.query(`drop database if exists ${templateDb} with (force)`),
      );
    };
  }
  const database = await openDatabase({ databaseUrl: '' });
  await prepareDatabase(database.db, REFERENCE_LOADERS);
  const dump = await database.dumpDataDir?.();
  await database.close();
  if (!dump) throw new Error('PGlite dump unavailable');
  mkdirSync(new URL('../../.tmp/', import.meta.url), { recursive: true });
  writeFileSync(SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  project.provide('snapshotPath', SNAPSHOT);
  project.provide('postgresUrl', '');
  project.provide('postgresTemplate', '');
  return async () => {};
}

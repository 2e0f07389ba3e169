import { mkdirSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from '../../src/config.ts';
import { prepareDatabase } from '../../src/core/db/bootstrap.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { loadPlaces } from '../../src/modules/places/places.service.ts';
import { TEMPLATE_DB, withAdminConnection } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of the migrated data-dir snapshot each test file starts from. */
    snapshotPath: string;
    /** PostgreSQL: server URL whose template database each test file copies. */
    postgresUrl: string;
  }
}

const SNAPSHOT = new URL('../../.tmp/test-snapshot.tar.gz', import.meta.url).pathname;

/** Migrate once; every test file then copies the result instead of migrating again. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = testDatabaseUrl();
  if (url) {
    await withAdminConnection(url, async (client) => {
      await client.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await client.query(`create database ${TEMPLATE_DB}`);
    });
    const target = new URL(url);
    target.pathname = `/${TEMPLATE_DB}`;
    const database = await openDatabase({ databaseUrl: target.toString(), poolSize: 1 });
    await prepareDatabase(database.db, [loadPlaces]);
    await database.close();
    project.provide('postgresUrl', url);
    project.provide('snapshotPath', '');
    return async () => {
      await withAdminConnection(url, (client) =>
        client.query(`drop database if exists ${TEMPLATE_DB} with (force)`),
      );
    };
  }
  const database = await openDatabase({ databaseUrl: '' });
  await prepareDatabase(database.db, [loadPlaces]);
  const dump = await database.dumpDataDir?.();
  await database.close();
  if (!dump) throw new Error('PGlite dump unavailable');
  mkdirSync(new URL('../../.tmp/', import.meta.url), { recursive: true });
  writeFileSync(SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  project.provide('snapshotPath', SNAPSHOT);
  project.provide('postgresUrl', '');
  return async () => {};
}

// A throw-away database for one bench run: a PostgreSQL database created and dropped on the
// server named by --pg-url, or a PGlite directory under the system temp dir. Always with its own
// DATA_DIR (the server keeps uploaded import files there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepareDatabase } from '../../src/core/db/bootstrap.ts';
import { type Database, openDatabase } from '../../src/core/db/client.ts';
import { REFERENCE_LOADERS } from '../../src/reference-data.ts';

export interface ScratchDatabase {
  label: string;
  /** The server's DATABASE_URL ('' for PGlite). */
  databaseUrl: string;
  /** The server's DATA_DIR (PGlite keeps its files in <dataDir>/pgdata). */
  dataDir: string;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates (recreating a leftover of an interrupted run) and migrates a scratch database. */
export async function createScratchDatabase(o: {
  kind: 'postgres' | 'pglite';
  /** Server URL whose database is only used to create and drop the scratch one. */
  pgUrl: string;
  name: string;
}): Promise<ScratchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `${o.name}-`));
  let scratch: ScratchDatabase;
  if (o.kind === 'postgres') {
    const databaseUrl = withDatabase(o.pgUrl, o.name);
    await onAdmin(o.pgUrl, `drop database if exists ${quoteIdent(o.name)} with (force)`);
    await onAdmin(o.pgUrl, `create database ${quoteIdent(o.name)}`);
    scratch = {
      label: `PostgreSQL ${databaseUrl}`,
      databaseUrl,
      dataDir,
      open: () => openDatabase({ databaseUrl, poolSize: 4 }),
      drop: async () => {
        await onAdmin(o.pgUrl, `drop database if exists ${quoteIdent(o.name)} with (force)`);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } else {
    scratch = {
      label: `PGlite ${dataDir}`,
      databaseUrl: '',
      dataDir,
      open: () => openDatabase({ databaseUrl: '', dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const database = await scratch.open();
  try {
    await prepareDatabase(database.db, REFERENCE_LOADERS);
  } finally {
    await database.close();
  }
  return scratch;
}

import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from './types.ts';

const MIGRATIONS_DIR = new URL('../../../drizzle/', import.meta.url);
// Any constant works; it only has to be the same in every process of the deployment.
const MIGRATION_LOCK_KEY = 7_404_210_001;

interface JournalEntry {
  idx: number;
  tag: string;
}

function readJournal(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8')) as {
    entries: JournalEntry[];
  };
  return [...journal.entries].sort((a, b) => a.idx - b.idx);
}

function readStatements(tag: string): string[] {
  return readFileSync(new URL(`${tag}.sql`, MIGRATIONS_DIR), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies pending drizzle-kit migrations in one transaction under an advisory lock, so
 * several nodes starting at once apply each migration exactly once. Returns the tags applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  const entries = readJournal();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`create table if not exists schema_migrations (
      tag text primary key,
      applied_at timestamptz not null default now()
    )`);
    const done = rowsOf<{ tag: string }>(await tx.execute(sql`select tag from schema_migrations`));
    const applied = new Set(done.map((r) => r.tag));
    const pending = entries.filter((e) => !applied.has(e.tag));
    for (const entry of pending) {
      for (const statement of readStatements(entry.tag)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into schema_migrations (tag) values (${entry.tag})`);
    }
    return pending.map((e) => e.tag);
  });
}

import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { searchEntries } from '../../search/search.tables.ts';
import { organizations, orgFigures, orgStatusHistory } from '../registry.tables.ts';

/** Test-only probes of what an import wrote, read straight from the tables. */
export async function registerOf(db: Executor, tenantId: string) {
  return db
    .select()
    .from(organizations)
    .where(eq(organizations.tenantId, tenantId))
    .orderBy(asc(organizations.name));
}

export async function figuresOf(db: Executor, tenantId: string, orgId: string, year: number) {
  const rows = await db
    .select({ code: orgFigures.indicatorCode, value: orgFigures.value })
    .from(orgFigures)
    .where(and(eq(orgFigures.tenantId, tenantId), eq(orgFigures.orgId, orgId), eq(orgFigures.year, year)));
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

export async function statusHistoryOf(db: Executor, tenantId: string, orgId: string) {
  return db
    .select({ status: orgStatusHistory.status, since: orgStatusHistory.since, note: orgStatusHistory.note })
    .from(orgStatusHistory)
    .where(and(eq(orgStatusHistory.tenantId, tenantId), eq(orgStatusHistory.orgId, orgId)));
}

export async function searchEntryOf(db: Executor, tenantId: string, orgId: string) {
  const [row] = await db
    .select({ url: searchEntries.url, title: searchEntries.title })
    .from(searchEntries)
    .where(
      and(
        eq(searchEntries.tenantId, tenantId),
        eq(searchEntries.kind, 'org'),
        eq(searchEntries.refId, orgId),
      ),
    );
  return row;
}

/** Rows of the register tables of a tenant: a refused or rolled-back import leaves them as they were. */
export async function registerCounts(db: Executor, tenantId: string) {
  const [orgs] = await db
    .select({ n: count() })
    .from(organizations)
    .where(eq(organizations.tenantId, tenantId));
  const [figures] = await db.select({ n: count() }).from(orgFigures).where(eq(orgFigures.tenantId, tenantId));
  const [history] = await db
    .select({ n: count() })
    .from(orgStatusHistory)
    .where(eq(orgStatusHistory.tenantId, tenantId));
  return { orgs: orgs?.n ?? 0, figures: figures?.n ?? 0, history: history?.n ?? 0 };
}

/** A database failure in the middle of a commit: any figure of this value makes the insert raise. */
export async function failFiguresOfValue(db: Executor, value: number): Promise<void> {
  await db.execute(
    sql.raw(`create or replace function test_fail_figure() returns trigger language plpgsql as $$
      begin
        if new.value = ${Number(value)} then raise exception 'test failure on figure %', new.value; end if;
        return new;
      end $$`),
  );
  await db.execute(
    sql.raw(`create trigger test_fail_figure before insert or update on org_figures
      for each row execute function test_fail_figure()`),
  );
}

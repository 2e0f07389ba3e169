import { and, asc, count, eq, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations, orgReports } from '../registry.tables.ts';

const o = organizations;
const r = orgReports;

// Dissolved and suspended organisations are not asked to report.
const NOT_REPORTING = ['giai_the', 'tam_ngung'];

export interface CompletenessFilter {
  year: number;
  kind?: string | undefined;
}

export interface CompletenessRow {
  orgId: string;
  name: string;
  shortName: string;
  kind: string;
  regCode: string | null;
  communeCode: string | null;
  status: string;
  submittedAt: Date | null;
  reviewedAt: Date | null;
}

// No report row is "chưa nộp".
const reportStatus = sql<string>`coalesce(${r.status}, 'chua_nop')`;

/** Active organisations of the tenant that existed by the end of the year (a later one owes no report). */
function expected(tenantId: string, f: CompletenessFilter): SQL | undefined {
  const endOfYear = `${f.year}-12-31`;
  return and(
    eq(o.tenantId, tenantId),
    isNull(o.mergedIntoId),
    notInArray(o.status, NOT_REPORTING),
    or(isNull(o.foundedOn), sql`${o.foundedOn} <= ${endOfYear}::date`),
    or(isNull(o.registeredOn), sql`${o.registeredOn} <= ${endOfYear}::date`),
    f.kind ? eq(o.kind, f.kind) : undefined,
  );
}

const reportOfYear = (tenantId: string, year: number) =>
  and(eq(r.orgId, o.id), eq(r.tenantId, tenantId), eq(r.year, year));

/** One page of organisations with their report state for the year, by name. */
export async function selectCompleteness(
  db: Executor,
  tenantId: string,
  f: CompletenessFilter & { status?: string | undefined; limit: number; offset: number },
): Promise<CompletenessRow[]> {
  return db
    .select({
      orgId: o.id,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      regCode: o.regCode,
      communeCode: o.communeCode,
      status: reportStatus,
      submittedAt: r.submittedAt,
      reviewedAt: r.reviewedAt,
    })
    .from(o)
    .leftJoin(r, reportOfYear(tenantId, f.year))
    .where(and(expected(tenantId, f), f.status ? sql`${reportStatus} = ${f.status}` : undefined))
    .orderBy(asc(o.nameFolded), asc(o.id))
    .limit(f.limit)
    .offset(f.offset);
}

/** How many organisations are in each report state for the year. */
export async function countCompleteness(
  db: Executor,
  tenantId: string,
  f: CompletenessFilter,
): Promise<{ status: string; n: number }[]> {
  return db
    .select({ status: reportStatus, n: count() })
    .from(o)
    .leftJoin(r, reportOfYear(tenantId, f.year))
    .where(expected(tenantId, f))
    .groupBy(reportStatus);
}

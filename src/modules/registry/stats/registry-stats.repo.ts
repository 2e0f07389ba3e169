import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { rowsOf } from '../../../core/db/types.ts';
import { indicators, organizations, orgFigures, orgRatings, orgStatusHistory } from '../registry.tables.ts';

// Dashboard aggregates. Each function is one statement over the tenant-leading indexes; the
// "all alliances" scope passes every tenant id (an IN list the planner turns into = ANY).

export interface StatsWindow {
  /** One tenant, or every tenant for the national view. Never empty. */
  tenantIds: readonly string[];
  year: number;
}

const o = organizations;

function tenantIn(column: SQL | typeof o.tenantId, ids: readonly string[]): SQL {
  return sql`${column} in (${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;

/** Kinds rated under Circular 01/2020: only they count as "not yet rated" without a grade. */
const RATED_KINDS = sql.raw(`('HTX', 'LHHTX', 'QTDND')`);

export type StatsDimension =
  | 'kind'
  | 'sector'
  | 'status'
  | 'commune'
  | 'province'
  | 'membership'
  | 'rating'
  | 'tenant'
  | 'total';

export interface DimensionCountRow {
  dim: StatsDimension;
  /** The group's value; null for "no commune", "no grade applicable" and the total. */
  key: string | null;
  n: number;
}

/**
 * Every breakdown of the organisations that existed during the year, in one scan: founded (or
 * registered) by the year's end or with no date, not dissolved before the year began, not merged.
 */
export async function countByDimensions(db: Executor, w: StatsWindow): Promise<DimensionCountRow[]> {
  const end = yearEnd(w.year);
  // Status at the year's end: the current one when it took effect by then (nearly always), else
  // the history's last entry before it — so only organisations changed since pay an index probe.
  const status = sql`case
    when o.status_since is null or o.status_since <= ${end}::date then o.status
    else coalesce((
      select h.status from ${orgStatusHistory} h
      where h.tenant_id = o.tenant_id and h.org_id = o.id and h.since <= ${end}::date
      order by h.since desc, h.created_at desc limit 1
    ), o.status)
  end`;
  const result = await db.execute(sql`
    with base as (
      select
        o.tenant_id::text as tenant_id,
        o.kind,
        o.sector_primary,
        ${status} as status,
        o.commune_code,
        o.province_code,
        case
          when o.alliance_member_until is not null and o.alliance_member_until <= ${end}::date then 'da_rut'
          when o.alliance_member_since is not null and o.alliance_member_since <= ${end}::date then 'thanh_vien'
          else 'chua'
        end as membership,
        case
          when r.grade is not null then r.grade
          when o.kind in ${RATED_KINDS} then 'chua_danh_gia'
        end as rating
      from ${o} o
      left join ${orgRatings} r on r.org_id = o.id and r.tenant_id = o.tenant_id and r.year = ${w.year}
      where ${tenantIn(sql`o.tenant_id`, w.tenantIds)}
        and o.merged_into_id is null
        and coalesce(o.founded_on, o.registered_on, ${end}::date) <= ${end}::date
        and not (o.status = 'giai_the' and o.status_since is not null and o.status_since < ${yearStart(w.year)}::date)
    )
    select
      case
        when grouping(kind) = 0 then 'kind'
        when grouping(sector_primary) = 0 then 'sector'
        when grouping(status) = 0 then 'status'
        when grouping(commune_code) = 0 then 'commune'
        when grouping(province_code) = 0 then 'province'
        when grouping(membership) = 0 then 'membership'
        when grouping(rating) = 0 then 'rating'
        when grouping(tenant_id) = 0 then 'tenant'
        else 'total'
      end as dim,
      case
        when grouping(kind) = 0 then kind
        when grouping(sector_primary) = 0 then sector_primary
        when grouping(status) = 0 then status
        when grouping(commune_code) = 0 then commune_code
        when grouping(province_code) = 0 then province_code
        when grouping(membership) = 0 then membership
        when grouping(rating) = 0 then rating
        when grouping(tenant_id) = 0 then tenant_id
      end as key,
      count(*)::int as n
    from base
    group by grouping sets (
      (kind), (sector_primary), (status), (commune_code), (province_code),
      (membership), (rating), (tenant_id), ()
    )`);
  return rowsOf<DimensionCountRow>(result);
}

export interface NewOrgsCountRow {
  kind: string;
  year: number;
  n: number;
}

/** Organisations founded (registered, when no founding date) in the year and the year before, per kind. */
export async function countNewOrgs(db: Executor, w: StatsWindow): Promise<NewOrgsCountRow[]> {
  const result = await db.execute(sql`
    select o.kind, extract(year from coalesce(o.founded_on, o.registered_on))::int as year, count(*)::int as n
    from ${o} o
    where ${tenantIn(sql`o.tenant_id`, w.tenantIds)}
      and o.merged_into_id is null
      and coalesce(o.founded_on, o.registered_on) between ${yearStart(w.year - 1)}::date and ${yearEnd(w.year)}::date
    group by 1, 2`);
  return rowsOf<NewOrgsCountRow>(result);
}

export interface FigureTotalRow {
  code: string;
  name: string;
  unit: string;
  total: number | null;
  n: number;
}

/**
 * Sums of the indicators over the year (index org_figures_year_idx), with each indicator's name
 * and unit, in dictionary order. Figures of records merged into another are left out: the kept
 * record speaks for both.
 */
export async function sumFigures(
  db: Executor,
  w: StatsWindow,
  codes: readonly string[],
): Promise<FigureTotalRow[]> {
  const codeList = sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select i.code, i.name, i.unit, s.total, coalesce(s.n, 0)::int as n
    from ${indicators} i
    left join (
      select f.indicator_code, sum(f.value)::float8 as total, count(*)::int as n
      from ${orgFigures} f
      where ${tenantIn(sql`f.tenant_id`, w.tenantIds)}
        and f.year = ${w.year}
        and f.indicator_code in (${codeList})
        and f.org_id not in (
          select m.id from ${o} m
          where ${tenantIn(sql`m.tenant_id`, w.tenantIds)} and m.merged_into_id is not null
        )
      group by f.indicator_code
    ) s on s.indicator_code = i.code
    where i.code in (${codeList})
    order by i.position, i.code`);
  return rowsOf<FigureTotalRow>(result);
}

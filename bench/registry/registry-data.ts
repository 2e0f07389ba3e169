// Generates a national register: tenants (one per province plus the national alliance),
// organisations written in batches from JS (names need word lists), then status history, yearly
// figures, ratings and reports derived from them in bulk INSERT … SELECT statements (5.5 M figure
// rows are never shipped from this process). Deterministic: the same options give the same data.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/core/db/types.ts';
import { rowsOf } from '../../src/core/db/types.ts';
import { silentLog } from '../../src/core/silent-log.ts';
import { createUser } from '../../src/modules/accounts/users.service.ts';
import { communes, provinces } from '../../src/modules/places/places.tables.ts';
import { DEFAULT_BAND_SET_ID } from '../../src/modules/registry/figures/rating-bands.data.ts';
import { organizations } from '../../src/modules/registry/registry.tables.ts';
import { tenants } from '../../src/modules/tenants/tenants.tables.ts';
import { between, pick, type Rand, rng, shuffled } from '../random.ts';
import { bareCommuneName, fold, orgNaming, personName, slugOf, streetOf } from './vietnamese-names.ts';

export const BENCH_PASSWORD = 'mat-khau-do-tai-1';
/** The province whose pre-2025 addresses the messy import file uses (Thái Bình is now Hưng Yên). */
export const IMPORT_PROVINCE = '33';
const NATIONAL_SEAT = '01';
/** A national deployment's smallest alliances hold about this many organisations. */
const SMALL_TENANT_ORGS = 1000;
const BATCH = 1500;

export interface DataOptions {
  orgs: number;
  tenants: number;
  years: number;
  /** The last year with figures (the dashboard's year). */
  lastYear: number;
  seed?: number;
  /** false: organisations and status history only (index experiments need no figures). */
  yearly?: boolean;
  progress: (line: string) => void;
}

export interface TenantInfo {
  id: string;
  code: string;
  name: string;
  provinceCode: string;
  isNational: boolean;
  orgs: number;
  /** can_bo of the tenant (lanh_dao for the national alliance). */
  email: string;
}

export interface GeneratedData {
  tenants: TenantInfo[];
  /** The tenant of about 1,000 organisations (Hưng Yên; also the import and export tenant). */
  small: TenantInfo;
  largest: TenantInfo;
  national: TenantInfo | null;
  figureRows: number;
  seconds: number;
}

interface TenantPlan {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  isNational: boolean;
  orgs: number;
  communes: { code: string; name: string }[];
}

/** Hưng Yên first (the small tenant), then the national alliance, then provinces by code. */
async function planTenants(db: Db, o: DataOptions): Promise<TenantPlan[]> {
  const provinceRows = await db.select().from(provinces).orderBy(provinces.code);
  const communeRows = await db
    .select({ code: communes.code, name: communes.name, provinceCode: communes.provinceCode })
    .from(communes)
    .orderBy(communes.code);
  const communesOf = (p: string) => communeRows.filter((c) => c.provinceCode === p);
  const ordered = [
    ...provinceRows.filter((p) => p.code === IMPORT_PROVINCE),
    { code: '00', name: 'Việt Nam', placeType: '' },
    ...provinceRows.filter((p) => p.code !== IMPORT_PROVINCE),
  ].slice(0, o.tenants);
  if (ordered.length < o.tenants)
    throw new Error(`at most ${ordered.length} tenants (34 provinces + national)`);
  const plans: TenantPlan[] = ordered.map((p) => {
    const isNational = p.code === '00';
    const seat = isNational ? NATIONAL_SEAT : p.code;
    const seatName = provinceRows.find((x) => x.code === seat)?.name ?? p.name;
    return {
      code: isNational ? 'vca' : `lmhtx-${p.code}`,
      name: isNational ? 'Liên minh Hợp tác xã Việt Nam' : `Liên minh Hợp tác xã ${p.name}`,
      provinceCode: p.code,
      provinceName: seatName.replace(/^Thành phố /u, ''),
      isNational,
      orgs: 0,
      communes: communesOf(seat).map((c) => ({ code: c.code, name: c.name })),
    };
  });
  if (plans.length === 1) {
    (plans[0] as TenantPlan).orgs = o.orgs;
    return plans;
  }
  // The small tenant holds ~1,000, the national alliance its few national members, and the
  // provinces share the rest by size (number of communes): the largest then holds ~4,800 of 110,000.
  const small = Math.min(SMALL_TENANT_ORGS, Math.floor(o.orgs / plans.length));
  (plans[0] as TenantPlan).orgs = small;
  const national = plans[1] as TenantPlan;
  national.orgs = Math.max(20, Math.round(o.orgs * 0.004));
  const rest = plans.slice(2);
  const left = o.orgs - small - national.orgs;
  const weights = rest.map((p) => 40 + p.communes.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  rest.forEach((p, i) => {
    p.orgs = i === rest.length - 1 ? left - given : Math.round((left * (weights[i] as number)) / sum);
    given += p.orgs;
  });
  if (rest.length === 0) (plans[0] as TenantPlan).orgs += left;
  return plans;
}

const KIND_WEIGHTS: [string, number][] = [
  ['HTX', 0.62],
  ['THT', 0.25],
  ['DN', 0.075],
  ['QTDND', 0.04],
  ['LHHTX', 0.015],
];
const SECTOR_WEIGHTS: [string, number][] = [
  ['nong_nghiep', 0.55],
  ['thuong_mai_dich_vu', 0.12],
  ['cong_nghiep_tttcn', 0.08],
  ['van_tai', 0.05],
  ['thuy_san', 0.05],
  ['moi_truong_dien_nuoc', 0.04],
  ['xay_dung', 0.03],
  ['du_lich', 0.02],
  ['quan_ly_cho', 0.02],
  ['khac', 0.04],
];
const STATUS_WEIGHTS: [string, number][] = [
  ['dang_hoat_dong', 0.78],
  ['tam_ngung', 0.07],
  ['hinh_thuc', 0.06],
  ['giai_the', 0.05],
  ['yeu_kem', 0.04],
];
const OTHER_SECTORS = [
  'thuong_mai_dich_vu',
  'du_lich',
  'nong_nghiep',
  'cong_nghiep_tttcn',
  'moi_truong_dien_nuoc',
];

function weighted(r: Rand, table: readonly [string, number][]): string {
  let x = r();
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return (table[table.length - 1] as [string, number])[0];
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const dayIn = (r: Rand, y: number) => iso(y, between(r, 1, 12), between(r, 1, 28));

type OrgInsert = typeof organizations.$inferInsert;

/** A version-4 shaped UUID from the generator: figures hash the id, so it must be reproducible too. */
function uuidOf(r: Rand): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function orgRow(r: Rand, t: TenantPlan & { id: string }, n: number, lastYear: number): OrgInsert {
  const kind = weighted(r, KIND_WEIGHTS);
  const sector = kind === 'QTDND' ? 'tin_dung' : weighted(r, SECTOR_WEIGHTS);
  // A few communes hold many organisations (towns, craft villages), most hold a handful.
  const commune = t.communes[Math.floor(r() ** 1.5 * t.communes.length)] ?? null;
  const communeName = commune ? bareCommuneName(commune.name) : t.provinceName;
  const naming = orgNaming(r, kind, sector, communeName, t.provinceName);
  // More organisations were founded recently (the 2012 and 2023 laws), few before 2000.
  const foundedYear = 1997 + Math.floor(Math.sqrt(r()) * (lastYear - 1997 + 1));
  const foundedOn = dayIn(r, foundedYear);
  const registered = r() < 0.9;
  const status = weighted(r, STATUS_WEIGHTS);
  const statusYear = Math.max(foundedYear, lastYear - between(r, 0, 3));
  const hasCode = kind !== 'THT' || r() < 0.3;
  const member = r() < 0.45;
  const street = streetOf(r);
  const prefix = t.isNational ? '00' : t.provinceCode;
  return {
    id: uuidOf(r),
    tenantId: t.id,
    kind,
    name: naming.name,
    shortName: naming.shortName,
    slug: slugOf(naming.name, n),
    regCode: hasCode ? `${prefix}${String(10_000_000 + n * 7 + between(r, 0, 6)).slice(-8)}` : null,
    registeredOn: registered ? foundedOn : null,
    registrationAuthority: kind === 'THT' ? `UBND ${communeName}` : `Sở Tài chính ${t.provinceName}`,
    foundedOn: r() < 0.95 ? foundedOn : null,
    provinceCode: commune ? (t.isNational ? NATIONAL_SEAT : t.provinceCode) : null,
    communeCode: commune?.code ?? null,
    street,
    addressOriginal: commune ? `${street}, ${commune.name}, ${t.provinceName}` : '',
    sectorPrimary: sector,
    sectorsOther: r() < 0.3 ? [pick(r, OTHER_SECTORS)].filter((s) => s !== sector) : [],
    representativeName: personName(r),
    representativeTitle: naming.representativeTitle,
    publicPhone: r() < 0.7 ? `02${between(r, 10, 99)} ${between(r, 100, 999)} ${between(r, 1000, 9999)}` : '',
    publicEmail: r() < 0.3 ? `lienhe${n}@htx.vn` : '',
    website: r() < 0.05 ? `https://htx${n}.vn` : '',
    privateContactName: r() < 0.5 ? personName(r) : '',
    privatePhone: r() < 0.8 ? `09${between(r, 10_000_000, 99_999_999)}` : '',
    status,
    statusSince: status === 'dang_hoat_dong' ? foundedOn : dayIn(r, statusYear),
    convertedToLaw2023: kind === 'HTX' && r() < 0.4,
    convertedOn: null,
    sizeClass: pick(r, ['sieu_nho', 'sieu_nho', 'nho', 'nho', 'vua', 'lon']),
    allianceMemberSince: member ? dayIn(r, Math.max(foundedYear, 2005 + between(r, 0, 18))) : null,
    allianceMemberUntil: member && r() < 0.08 ? dayIn(r, lastYear - between(r, 0, 2)) : null,
    notes: '',
  };
}

async function insertTenantsAndUsers(db: Db, plans: TenantPlan[]): Promise<(TenantPlan & TenantInfo)[]> {
  const out: (TenantPlan & TenantInfo)[] = [];
  for (const p of plans) {
    const [row] = await db
      .insert(tenants)
      .values({
        code: p.code,
        name: p.name,
        provinceCode: p.provinceCode,
        isNational: p.isNational,
        hosts: [`${p.code}.bench.test`],
        settings: { siteTitle: p.name, logoUrl: null, address: '', phone: '', email: '', contacts: [] },
      })
      .returning({ id: tenants.id });
    if (!row) throw new Error('tenant insert returned nothing');
    const email = `${p.isNational ? 'lanhdao' : 'canbo'}-${p.code}@bench.test`;
    const ctx = { db, tenantId: row.id, actor: null, requestId: null, log: silentLog };
    await createUser(ctx, {
      email,
      fullName: p.isNational ? 'Lãnh đạo đo tải' : 'Cán bộ đo tải',
      role: p.isNational ? 'lanh_dao' : 'can_bo',
      password: BENCH_PASSWORD,
    });
    out.push({ ...p, id: row.id, email });
  }
  return out;
}

async function insertOrganizations(
  db: Db,
  plans: (TenantPlan & TenantInfo)[],
  o: DataOptions,
): Promise<void> {
  const r = rng(o.seed ?? 20_250_701);
  let done = 0;
  for (const t of plans) {
    // Shuffled per tenant so "a few big communes" are not always the lowest codes.
    const tenant = { ...t, communes: shuffled(r, t.communes) };
    await db.transaction(async (tx) => {
      for (let start = 0; start < t.orgs; start += BATCH) {
        const rows: OrgInsert[] = [];
        for (let n = start; n < Math.min(t.orgs, start + BATCH); n++)
          rows.push(orgRow(r, tenant, n + 1, o.lastYear));
        await tx.insert(organizations).values(rows);
      }
    });
    done += t.orgs;
    o.progress(`  organisations: ${done.toLocaleString('en')} (${t.name}: ${t.orgs})`);
  }
}

/** A deterministic number in [0, 1) from text: hashtext is built in (PostgreSQL and PGlite). */
const unit = (text: ReturnType<typeof sql>) => sql`((hashtext(${text})::float8 + 2147483648) / 4294967296)`;

async function insertStatusHistory(db: Db): Promise<void> {
  // Everyone started active; those in another state now changed on status_since.
  await db.execute(sql`
    insert into org_status_history (tenant_id, org_id, status, since, note)
    select tenant_id, id, 'dang_hoat_dong', coalesce(founded_on, registered_on, date '2000-01-01'), 'Thành lập'
    from organizations
    union all
    select tenant_id, id, status, status_since, 'Thay đổi tình trạng'
    from organizations where status <> 'dang_hoat_dong' and status_since is not null`);
}

/**
 * One year's figures of every organisation that existed and reported: ten indicators derived
 * from a per-organisation size (stable across years) grown a few percent a year, with noise.
 */
async function insertFiguresOfYear(db: Db, year: number): Promise<number> {
  const h1 = unit(sql`o.id::text`);
  const h2 = unit(sql`o.id::text || 'b'`);
  const hy = unit(sql`o.id::text || ${String(year)}`);
  const result = await db.execute(sql`
    with base as (
      select o.tenant_id, o.id, ${h2} as h2, ${hy} as hy,
        (case o.kind
          when 'THT' then 2 + floor(${h1} * 25)
          when 'HTX' then 7 + floor(power(${h1}, 3) * 400)
          when 'LHHTX' then 4 + floor(${h1} * 20)
          when 'QTDND' then 300 + floor(${h1} * 4000)
          else 1 + floor(${h1} * 30)
        end) * (1 + 0.04 * (${year} - 2020)) * (0.92 + 0.16 * ${hy}) as members
      from organizations o
      where extract(year from coalesce(o.founded_on, o.registered_on, date '2000-01-01')) <= ${year}
        and not (o.status = 'giai_the' and o.status_since < make_date(${year}::int, 1, 1))
    ),
    money as (
      select b.*, round(b.members * (20 + 180 * b.h2)) * 1000000 as capital from base b
      where b.hy > 0.08
    )
    insert into org_figures (tenant_id, org_id, year, indicator_code, value)
    select m.tenant_id, m.id, ${year}, v.code, v.value
    from money m
    cross join lateral (values
      ('tv_chinh_thuc', round(m.members)),
      ('tv_lk_gop_von', round(m.members * 0.1 * m.h2)),
      ('tv_lk_khong_gop_von', round(m.members * 0.3 * m.hy)),
      ('lao_dong', round(m.members * 0.6) + 2),
      ('lao_dong_thanh_vien', round(m.members * 0.4) + 1),
      ('von_dieu_le', m.capital),
      ('tong_tai_san', round(m.capital * (1.2 + m.h2) / 1000000) * 1000000),
      ('doanh_thu', round(m.capital * (0.3 + 1.5 * m.hy) / 1000000) * 1000000),
      ('loi_nhuan_truoc_thue', round(m.capital * (0.3 + 1.5 * m.hy) * (0.12 * m.h2 - 0.02) / 1000) * 1000),
      ('thu_nhap_binh_quan', round((36 + 60 * m.h2) * (1 + 0.05 * (${year} - 2020))) * 1000000)
    ) v(code, value)`);
  return (
    (result as { rowCount?: number; affectedRows?: number }).rowCount ??
    (result as { affectedRows?: number }).affectedRows ??
    0
  );
}

/** Grades of rated kinds (HTX, LHHTX, QTDND) by Circular 01/2020 bands; a quarter not rated. */
async function insertRatings(db: Db, first: number, last: number): Promise<void> {
  const h = unit(sql`o.id::text || 'r' || y::text`);
  await db.execute(sql`
    insert into org_ratings (tenant_id, org_id, year, grade, score, band_set_id)
    select tenant_id, id, y,
      case when s is null then 'khong_xep_loai' when s >= 80 then 'tot' when s >= 65 then 'kha'
        when s >= 50 then 'trung_binh' else 'yeu' end,
      s, ${DEFAULT_BAND_SET_ID}
    from (
      select o.tenant_id, o.id, y, ${h} as h,
        case when ${h} < 0.03 then null else round((30 + 70 * ${h})::numeric, 1) end as s
      from organizations o cross join generate_series(${first}::int, ${last}::int) y
      where o.kind in ('HTX', 'LHHTX', 'QTDND')
        and extract(year from coalesce(o.founded_on, o.registered_on, date '2000-01-01')) < y
    ) x
    where h < 0.75`);
}

/** The last year's self-reports: most approved, some submitted or returned, the rest missing. */
async function insertReports(db: Db, year: number): Promise<void> {
  const h = unit(sql`o.id::text || 'p'`);
  await db.execute(sql`
    insert into org_reports (tenant_id, org_id, year, status, submitted_at, reviewed_at)
    select tenant_id, id, ${year}, st,
      case when st <> 'chua_nop' then make_timestamptz(${year}::int, 12, 1, 9, 0, 0) end,
      case when st in ('da_duyet', 'tra_lai') then make_timestamptz(${year}::int, 12, 10, 9, 0, 0) end
    from (
      select o.tenant_id, o.id,
        case when ${h} < 0.6 then 'da_duyet' when ${h} < 0.75 then 'da_nop'
          when ${h} < 0.8 then 'tra_lai' when ${h} < 0.85 then 'chua_nop' end as st
      from organizations o
    ) x where st is not null`);
}

export async function generateRegistryData(db: Db, o: DataOptions): Promise<GeneratedData> {
  const t0 = performance.now();
  const plans = await insertTenantsAndUsers(db, await planTenants(db, o));
  o.progress(`  ${plans.length} tenants, one staff account each`);
  await insertOrganizations(db, plans, o);
  await insertStatusHistory(db);
  const first = o.lastYear - o.years + 1;
  let figureRows = 0;
  for (let y = first; o.yearly !== false && y <= o.lastYear; y++) {
    const t = performance.now();
    const n = await insertFiguresOfYear(db, y);
    figureRows += n;
    o.progress(
      `  figures ${y}: ${n.toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  if (o.yearly !== false) {
    await insertRatings(db, first, o.lastYear);
    await insertReports(db, o.lastYear);
  }
  await db.execute(sql`analyze`);
  const counts = rowsOf<{ tenant_id: string; n: number }>(
    await db.execute(sql`select tenant_id::text, count(*)::int as n from organizations group by 1`),
  );
  const infos: TenantInfo[] = plans.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    provinceCode: p.provinceCode,
    isNational: p.isNational,
    email: p.email,
    orgs: counts.find((c) => c.tenant_id === p.id)?.n ?? 0,
  }));
  const provincial = infos.filter((t) => !t.isNational);
  const largest = provincial.reduce((a, b) => (b.orgs > a.orgs ? b : a));
  return {
    tenants: infos,
    small: infos[0] as TenantInfo,
    largest,
    national: infos.find((t) => t.isNational) ?? null,
    figureRows,
    seconds: (performance.now() - t0) / 1000,
  };
}

export interface TenantSamples {
  /** The commune with most organisations (the commune filter's worst case). */
  commune: string;
  /** Three words of a name, folded (what a user types without Vietnamese marks). */
  nameFragment: string;
  regCode: string;
}

/** Values for the list queries, taken from the tenant's own data the same way for every tenant. */
export async function tenantSamples(db: Db, tenantId: string): Promise<TenantSamples> {
  const [commune] = rowsOf<{ code: string }>(
    await db.execute(sql`select commune_code as code from organizations
      where tenant_id = ${tenantId} and commune_code is not null
      group by 1 order by count(*) desc, 1 limit 1`),
  );
  const [mid] = rowsOf<{ name: string; reg_code: string }>(
    await db.execute(sql`select name, reg_code from organizations
      where tenant_id = ${tenantId} and reg_code is not null and kind = 'HTX'
      order by name_folded, id offset (select count(*) / 2 from organizations where tenant_id = ${tenantId} and reg_code is not null and kind = 'HTX') limit 1`),
  );
  const words = fold(mid?.name ?? 'hop tac xa').split(' ');
  return {
    commune: commune?.code ?? '',
    nameFragment: words.slice(-3).join(' '),
    regCode: mid?.reg_code ?? '',
  };
}

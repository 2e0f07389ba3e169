import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../../core/context.ts';
import { firstFreeSlug, slugFrom } from '../../news/slug-choice.ts';
import { communeNames } from '../orgs/org-places.ts';
import { syncOrgSearchMany } from '../orgs/org-search.ts';
import type { ProgressReporter } from './import-jobs.ts';
import {
  insertOrganizations,
  insertStatusHistoryRows,
  type OrgRecord,
  type OrgRow,
  selectSlugs,
  updateOrganizations,
  upsertFigures,
} from './import-register.repo.ts';
import type { ExistingOrg, OrgWrite, RowPlan } from './row-decision.ts';

type InsertPlan = Extract<RowPlan, { action: 'insert' }>;
type UpdatePlan = Extract<RowPlan, { action: 'update' }>;

/**
 * Unique slugs for many new organisations, chosen as the organisation form chooses them
 * (slugFrom, then firstFreeSlug's "-2", "-3"…). firstFreeSlug copies what it is given, so it gets
 * only the slugs that can collide with the base ("base", "base-N"), not the tenant's thousands.
 */
class SlugAllocator {
  private readonly all = new Set<string>();
  private readonly byStem = new Map<string, string[]>();

  constructor(taken: Iterable<string>) {
    for (const slug of taken) this.add(slug);
  }

  private add(slug: string): void {
    this.all.add(slug);
    const stem = slug.replace(/-\d+$/, '');
    const list = this.byStem.get(stem);
    if (list) list.push(slug);
    else this.byStem.set(stem, [slug]);
  }

  next(name: string): string {
    const base = slugFrom(name, 'to-chuc');
    const near = [...(this.byStem.get(base) ?? []), ...(this.all.has(base) ? [base] : [])];
    const slug = firstFreeSlug(base, near);
    this.add(slug);
    return slug;
  }
}

function insertRecord(plan: InsertPlan, slug: string, today: string): OrgRecord & { slug: string } {
  const v = plan.values;
  return {
    id: randomUUID(),
    kind: v.kind,
    name: v.name,
    slug,
    shortName: v.shortName ?? '',
    regCode: v.regCode ?? null,
    registeredOn: v.registeredOn ?? null,
    registrationAuthority: v.registrationAuthority ?? '',
    foundedOn: v.foundedOn ?? null,
    provinceCode: v.provinceCode ?? null,
    communeCode: v.communeCode ?? null,
    street: v.street ?? '',
    addressOriginal: v.addressOriginal ?? '',
    sectorPrimary: v.sectorPrimary ?? 'khac',
    sectorsOther: v.sectorsOther ?? [],
    status: v.status ?? 'dang_hoat_dong',
    statusSince: v.registeredOn ?? v.foundedOn ?? today,
    sizeClass: v.sizeClass ?? null,
    representativeName: v.representativeName ?? '',
    representativeTitle: v.representativeTitle ?? '',
    publicPhone: v.publicPhone ?? '',
    publicEmail: v.publicEmail ?? '',
    website: v.website ?? '',
    allianceMemberSince: v.allianceMemberSince ?? null,
    notes: v.notes ?? '',
  };
}

function updateRecord(org: ExistingOrg, plan: UpdatePlan, today: string): OrgRecord {
  const m = { ...org, ...plan.values };
  return {
    id: org.id,
    kind: m.kind,
    name: m.name,
    shortName: m.shortName ?? '',
    regCode: m.regCode ?? null,
    registeredOn: m.registeredOn ?? null,
    registrationAuthority: m.registrationAuthority ?? '',
    foundedOn: m.foundedOn ?? null,
    provinceCode: m.provinceCode ?? null,
    communeCode: m.communeCode ?? null,
    street: m.street ?? '',
    addressOriginal: m.addressOriginal ?? '',
    sectorPrimary: m.sectorPrimary ?? 'khac',
    sectorsOther: m.sectorsOther ?? [],
    status: m.status ?? 'dang_hoat_dong',
    // A status the file changes takes effect on the day of the import.
    statusSince: plan.values.status ? today : org.statusSince,
    sizeClass: m.sizeClass ?? null,
    representativeName: m.representativeName ?? '',
    representativeTitle: m.representativeTitle ?? '',
    publicPhone: m.publicPhone ?? '',
    publicEmail: m.publicEmail ?? '',
    website: m.website ?? '',
    allianceMemberSince: m.allianceMemberSince ?? null,
    notes: m.notes ?? '',
  };
}

/** What an organisation's public search entry is made of (orgs/org-search.ts), as an import writes it. */
const SEARCH_FIELDS = [
  'kind',
  'name',
  'shortName',
  'regCode',
  'registeredOn',
  'representativeName',
  'street',
  'communeCode',
  'sectorPrimary',
  'sectorsOther',
  'status',
] as const satisfies readonly (keyof OrgWrite)[];

export interface WriteResult {
  inserted: OrgRow[];
  updated: OrgRow[];
}

/**
 * Writes the accepted rows in bulk, in the caller's transaction: new organisations with their
 * first status, changed ones (a new status appended to the history), the year's figures, and
 * the site-search entries of every organisation written.
 */
export async function writePlans(
  ctx: Ctx,
  input: { plans: readonly RowPlan[]; orgs: ReadonlyMap<string, ExistingOrg>; year: number; today: string },
  report: ProgressReporter,
): Promise<WriteResult> {
  const inserts = input.plans.filter((p): p is InsertPlan => p.action === 'insert');
  const updates = input.plans.filter((p): p is UpdatePlan => p.action === 'update');
  const actor = ctx.actor?.id ?? null;

  const slugs = new SlugAllocator(await selectSlugs(ctx.db, ctx.tenantId));
  const newRecords = inserts.map((p) => insertRecord(p, slugs.next(p.values.name), input.today));
  const inserted = await insertOrganizations(ctx.db, ctx.tenantId, newRecords);
  report(40);
  const records = updates.flatMap((p) => {
    const org = input.orgs.get(p.orgId);
    return org ? [updateRecord(org, p, input.today)] : [];
  });
  const updated = await updateOrganizations(ctx.db, ctx.tenantId, records);
  report(55);

  const figures = [
    ...inserts.flatMap((p, k) => {
      const orgId = (newRecords[k] as OrgRecord).id;
      return Object.entries(p.figures).map(([code, value]) => ({ orgId, code, value }));
    }),
    ...updates.flatMap((p) =>
      Object.entries(p.figures).map(([code, value]) => ({ orgId: p.orgId, code, value })),
    ),
  ];
  await upsertFigures(ctx.db, ctx.tenantId, input.year, actor, figures);
  report(70);

  const note = 'Nhập từ tệp Excel';
  await insertStatusHistoryRows(ctx.db, ctx.tenantId, actor, [
    ...newRecords.map((r) => ({ orgId: r.id, status: r.status, since: r.statusSince ?? input.today, note })),
    ...updates
      .filter((p) => p.values.status)
      .map((p) => ({ orgId: p.orgId, status: p.values.status as string, since: input.today, note })),
  ]);
  report(75);

  // Figures are not in the search entry: an update of figures alone leaves it as it is.
  const searchChanged = new Set(
    updates.filter((p) => SEARCH_FIELDS.some((f) => p.values[f] !== undefined)).map((p) => p.orgId),
  );
  const written = [...inserted, ...updated.filter((r) => searchChanged.has(r.id))];
  const places = await communeNames(
    ctx,
    written.map((r) => r.communeCode),
  );
  await syncOrgSearchMany(ctx, written, places);
  report(95);
  return { inserted, updated };
}

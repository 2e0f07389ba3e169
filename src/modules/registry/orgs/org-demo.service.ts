// The demo register (demo-loader.service.ts) goes in through this bulk path: ~80 organisations
// one by one through createOrganization would cost seconds of start-up, and createOrganization
// needs a staff actor while the demo is loaded by the system. The rows are the ones
// createOrganization makes — same validation (OrgInput), same normalisation, slug rule and
// search entry — flagged is_demo; the loader's `demo.seed` audit entry stands for the per-item
// `org.create` entries.
import { contentChanged } from '../../../core/content-events.ts';
import type { Ctx } from '../../../core/context.ts';
import { normalizeSpaces, toNfc } from '../../../lib/vi/index.ts';
import { updateUser } from '../../accounts/users.service.ts';
import { firstFreeSlug, slugFrom } from '../../news/slug-choice.ts';
import { removeSearchEntries } from '../../search/search-index.service.ts';
import type { OrgStatus } from '../registry-enums.dto.ts';
import * as repo from './org-demo.repo.ts';
import { communeNames } from './org-places.ts';
import { representativeUserIds } from './org-relations.repo.ts';
import { syncOrgSearch } from './org-search.ts';
import { type OrgFormValues, OrgInput } from './orgs.dto.ts';
import type { OrgInsert } from './orgs.repo.ts';

const ORGS_TAG = 'orgs';
const line = (s: string) => normalizeSpaces(toNfc(s));

export interface DemoOrgSeed {
  /** The loader's own key, to link unions and figures to the created rows. */
  key: string;
  input: OrgFormValues;
  /** Earlier statuses, oldest first, before the current one (input.status since input.statusSince). */
  earlierStatuses?: { status: OrgStatus; since: string; note?: string }[];
}

export interface DemoUnionLink {
  unionKey: string;
  memberKey: string;
  joinedOn: string | null;
}

/** True when the tenant's register has any organisation, demo or not. */
export async function tenantHasOrganizations(ctx: Ctx): Promise<boolean> {
  return repo.anyOrg(ctx.db, ctx.tenantId);
}

export async function countDemoOrganizations(ctx: Ctx): Promise<number> {
  return repo.countDemoOrgs(ctx.db, ctx.tenantId);
}

/**
 * Inserts the demo organisations with their status history, site-search entries and union
 * links, in the caller's transaction. Returns the id of each seed key. Throws on a seed that
 * staff could not have entered (invalid input, unknown commune, code or slug taken).
 */
export async function createDemoOrganizations(
  ctx: Ctx,
  seeds: readonly DemoOrgSeed[],
  unions: readonly DemoUnionLink[],
): Promise<Map<string, string>> {
  const inputs = seeds.map((s) => {
    const parsed = OrgInput.safeParse(s.input);
    if (!parsed.success)
      throw new Error(`demo organisation ${s.key}: ${JSON.stringify(parsed.error.issues)}`);
    return parsed.data;
  });
  const places = await communeNames(
    ctx,
    inputs.map((i) => i.communeCode),
  );
  const taken = await repo.selectTakenKeys(ctx.db, ctx.tenantId);
  const slugs = new Set(taken.map((t) => t.slug));
  const codes = new Set(taken.map((t) => t.regCode).filter(Boolean));
  const rows: OrgInsert[] = inputs.map((input, i) => {
    const key = seeds[i]?.key;
    const place = input.communeCode ? places.get(input.communeCode) : undefined;
    if (input.communeCode && !place)
      throw new Error(`demo organisation ${key}: unknown commune ${input.communeCode}`);
    if (input.regCode) {
      if (codes.has(input.regCode)) throw new Error(`demo organisation ${key}: code ${input.regCode} taken`);
      codes.add(input.regCode);
    }
    const name = line(input.name);
    const slug = firstFreeSlug(slugFrom(name, 'to-chuc'), slugs);
    slugs.add(slug);
    return {
      tenantId: ctx.tenantId,
      kind: input.kind,
      name,
      shortName: line(input.shortName),
      slug,
      regCode: input.regCode,
      registeredOn: input.registeredOn,
      registrationAuthority: line(input.registrationAuthority),
      foundedOn: input.foundedOn,
      provinceCode: place?.provinceCode ?? null,
      communeCode: input.communeCode,
      street: line(input.street),
      addressOriginal: line(input.addressOriginal),
      sectorPrimary: input.sectorPrimary,
      sectorsOther: input.sectorsOther,
      representativeName: line(input.representativeName),
      representativeTitle: line(input.representativeTitle),
      publicPhone: line(input.publicPhone),
      publicEmail: input.publicEmail,
      website: input.website,
      privateContactName: line(input.privateContactName),
      privatePhone: line(input.privatePhone),
      privateEmail: input.privateEmail,
      latitude: input.latitude,
      longitude: input.longitude,
      status: input.status,
      statusSince: input.statusSince ?? input.registeredOn ?? input.foundedOn,
      convertedToLaw2023: input.convertedToLaw2023,
      convertedOn: input.convertedOn,
      sizeClass: input.sizeClass,
      allianceMemberSince: input.allianceMemberSince,
      allianceMemberUntil: input.allianceMemberUntil,
      nationalId: input.nationalId,
      notes: toNfc(input.notes).trim(),
      isDemo: true,
    };
  });
  const created = await repo.insertOrgs(ctx.db, rows);
  const ids = new Map<string, string>();
  for (const [i, row] of created.entries()) ids.set(seeds[i]?.key as string, row.id);

  await repo.insertStatusHistoryRows(
    ctx.db,
    created.flatMap((row, i) => {
      const history = [
        ...(seeds[i]?.earlierStatuses ?? []),
        { status: row.status as OrgStatus, since: row.statusSince as string, note: '' },
      ];
      return history.map((h) => ({
        tenantId: ctx.tenantId,
        orgId: row.id,
        status: h.status,
        since: h.since,
        note: h.note ?? '',
        changedBy: null,
      }));
    }),
  );
  for (const row of created) {
    await syncOrgSearch(ctx, row, row.communeCode ? places.get(row.communeCode) : undefined);
  }
  await repo.insertUnionLinks(
    ctx.db,
    unions.map((u) => {
      const unionId = ids.get(u.unionKey);
      const memberId = ids.get(u.memberKey);
      if (!unionId || !memberId)
        throw new Error(`demo union link ${u.unionKey} → ${u.memberKey}: unknown key`);
      return { tenantId: ctx.tenantId, unionId, memberId, joinedOn: u.joinedOn };
    }),
  );
  contentChanged(ctx, [ORGS_TAG]);
  return ids;
}

/**
 * Removes the demo organisations and everything hanging off them (figures, ratings, reports,
 * status history, union links, attachment and representative links, search entries), in the
 * caller's transaction. The accounts of their member representatives are disabled, as when
 * staff delete an organisation: they speak for nobody any more. A demo organisation staff merged
 * one of their own records into stays (the merged record's history lives there) and stops
 * being demo content.
 */
export async function removeDemoOrganizations(ctx: Ctx): Promise<{ removed: string[]; kept: string[] }> {
  const demo = await repo.selectDemoOrgIds(ctx.db, ctx.tenantId);
  if (demo.length === 0) return { removed: [], kept: [] };
  const kept = await repo.selectStaffMergedInto(ctx.db, ctx.tenantId, demo);
  const removed = demo.filter((id) => !kept.includes(id));
  const accounts = await representativeUserIds(ctx.db, ctx.tenantId, removed);
  await removeSearchEntries(ctx, 'org', removed);
  await repo.deleteOrgs(ctx.db, ctx.tenantId, removed);
  for (const userId of accounts) await updateUser(ctx, userId, { disabled: true });
  await repo.unflagOrgs(ctx.db, ctx.tenantId, kept);
  contentChanged(ctx, [ORGS_TAG]);
  return { removed, kept };
}

import { contentChanged } from '../../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { normalizeSpaces, toNfc, vietnamWallTime } from '../../../lib/vi/index.ts';
import { updateUser } from '../../accounts/users.service.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { firstFreeSlug, slugFrom } from '../../news/slug-choice.ts';
import {
  assertOrgAccess,
  assertRegistryReader,
  assertRegistryWriter,
  representedOrgId,
} from '../org-access.ts';
import { type CommuneName, communeNames } from './org-places.ts';
import { presentOrg, presentOrgSummary } from './org-present.ts';
import { representativeUserIds } from './org-relations.repo.ts';
import { removeOrgSearch, syncOrgSearch } from './org-search.ts';
import { correctLatestStatusSince, insertStatusHistory, latestStatusSince } from './org-status.repo.ts';
import type { OrgDto, OrgFilter, OrgInput, OrgListPage, OrgListQuery, OrgUpdateInput } from './orgs.dto.ts';
import * as repo from './orgs.repo.ts';

const ORGS_TAG = 'orgs';

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy tổ chức.' });
const invalid = (fieldErrors: Record<string, string>) => new AppError('VALIDATION', { fieldErrors });

/** Today in Viet Nam as yyyy-mm-dd. */
function vietnamToday(): string {
  const t = vietnamWallTime(new Date());
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

const line = (s: string) => normalizeSpaces(toNfc(s));

/** The Postgres unique-violation error of `constraint`, whichever driver wrapped it. */
function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (
    let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined;
    e;
  ) {
    if (e.code === '23505') return e.constraint === constraint || Boolean(e.message?.includes(constraint));
    e = e.cause as typeof e;
  }
  return false;
}

async function regCodeTaken(ctx: Ctx, regCode: string, selfId: string | null): Promise<AppError | null> {
  const owner = await repo.findOrgByRegCode(ctx.db, ctx.tenantId, regCode);
  if (!owner || owner.id === selfId) return null;
  return invalid({ regCode: `Mã số ${regCode} đã được dùng cho ${owner.name}` });
}

async function chooseSlug(ctx: Ctx, input: OrgInput, current: repo.OrgRow | null): Promise<string> {
  if (input.slug === undefined || input.slug === current?.slug) {
    if (current) return current.slug;
    const base = slugFrom(input.name, 'to-chuc');
    return firstFreeSlug(base, await repo.slugsLike(ctx.db, ctx.tenantId, base));
  }
  const owner = await repo.findOrgBySlug(ctx.db, ctx.tenantId, input.slug);
  if (owner && owner.id !== current?.id) {
    throw invalid({ slug: `Đường dẫn “${input.slug}” đã được dùng cho ${owner.name}` });
  }
  return input.slug;
}

/** Column values of an input, with the references checked inside the tenant. */
async function prepare(ctx: Ctx, input: OrgInput, current: repo.OrgRow | null) {
  const errors: Record<string, string> = {};
  let place: CommuneName | undefined;
  if (input.communeCode) {
    place = (await communeNames(ctx, [input.communeCode])).get(input.communeCode);
    if (!place) errors.communeCode = `Không tìm thấy xã, phường có mã ${input.communeCode}`;
  }
  if (input.regCode) {
    const taken = await regCodeTaken(ctx, input.regCode, current?.id ?? null);
    if (taken?.fieldErrors) Object.assign(errors, taken.fieldErrors);
  }
  const name = line(input.name);
  if (name.length < 2) errors.name = 'Vui lòng nhập tên tổ chức (ít nhất 2 ký tự)';
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const values = {
    kind: input.kind,
    name,
    shortName: line(input.shortName),
    slug: await chooseSlug(ctx, input, current),
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
    statusSince: input.statusSince,
    convertedToLaw2023: input.convertedToLaw2023,
    convertedOn: input.convertedOn,
    sizeClass: input.sizeClass,
    allianceMemberSince: input.allianceMemberSince,
    allianceMemberUntil: input.allianceMemberUntil,
    nationalId: input.nationalId,
    notes: toNfc(input.notes).trim(),
  };
  return { values, place };
}

/** Maps a unique-index race (two saves at once) to the same message the check gives. */
async function explainUniqueViolation(ctx: Ctx, err: unknown, input: OrgInput, selfId: string | null) {
  if (input.regCode && isUniqueViolation(err, 'organizations_reg_code_uq')) {
    return (await regCodeTaken(ctx, input.regCode, selfId)) ?? err;
  }
  if (isUniqueViolation(err, 'organizations_slug_uq')) {
    return invalid({ slug: 'Đường dẫn này vừa được dùng cho tổ chức khác, vui lòng lưu lại' });
  }
  return err;
}

/** The staff view of a row: commune names and the latest rating. */
export async function presentOrgDto(ctx: Ctx, row: repo.OrgRow): Promise<OrgDto> {
  const [places, rating] = await Promise.all([
    communeNames(ctx, [row.communeCode]),
    repo.latestRating(ctx.db, ctx.tenantId, row.id),
  ]);
  return presentOrg(row, row.communeCode ? places.get(row.communeCode) : undefined, rating);
}

/** Commune and province of a row, if it has a commune. */
export async function orgPlace(ctx: Ctx, row: repo.OrgRow): Promise<CommuneName | undefined> {
  return row.communeCode ? (await communeNames(ctx, [row.communeCode])).get(row.communeCode) : undefined;
}

/**
 * Creates an organisation with a unique slug, its first status-history row, its site-search
 * entry and an audit row. `isDemo` marks demo content.
 */
export async function createOrganization(
  ctx: Ctx,
  input: OrgInput,
  opts: { isDemo?: boolean } = {},
): Promise<OrgDto> {
  assertRegistryWriter(ctx);
  try {
    return await inTransaction(ctx, async (tx) => {
      const { values, place } = await prepare(tx, input, null);
      const since = values.statusSince ?? values.registeredOn ?? values.foundedOn ?? vietnamToday();
      const row = await repo.insertOrg(tx.db, {
        ...values,
        statusSince: since,
        tenantId: tx.tenantId,
        isDemo: opts.isDemo ?? false,
      });
      await insertStatusHistory(tx.db, {
        tenantId: tx.tenantId,
        orgId: row.id,
        status: row.status,
        since,
        changedBy: tx.actor?.id ?? null,
      });
      await syncOrgSearch(tx, row, place);
      const dto = presentOrg(row, place, undefined);
      await recordAudit(tx, { action: 'org.create', entity: 'org', entityId: row.id, after: dto });
      contentChanged(tx, [ORGS_TAG]);
      return dto;
    });
  } catch (err) {
    throw await explainUniqueViolation(ctx, err, input, null);
  }
}

/**
 * Saves an edit made at `input.version`; a newer version in the database means someone else
 * saved in between (CONFLICT). A new status needs the day it took effect and is appended to
 * the status history.
 */
export async function updateOrganization(ctx: Ctx, id: string, input: OrgUpdateInput): Promise<OrgDto> {
  assertRegistryWriter(ctx);
  try {
    return await inTransaction(ctx, async (tx) => {
      const current = await repo.findOrg(tx.db, tx.tenantId, id);
      if (!current) throw notFound();
      if (current.version !== input.version) throw new AppError('CONFLICT');
      const { values, place } = await prepare(tx, input, current);
      const statusChanged = values.status !== current.status;
      if (statusChanged) await checkStatusSince(tx, current, values.statusSince);
      // Same status: an empty date keeps the known one; a new date corrects the current history row.
      else values.statusSince ??= current.statusSince;
      const row = await repo.updateOrgAtVersion(tx.db, tx.tenantId, id, input.version, values);
      if (!row) throw new AppError('CONFLICT');
      if (!statusChanged && values.statusSince && values.statusSince !== current.statusSince) {
        await correctLatestStatusSince(tx.db, tx.tenantId, id, values.statusSince);
      }
      if (statusChanged && values.statusSince) {
        await insertStatusHistory(tx.db, {
          tenantId: tx.tenantId,
          orgId: id,
          status: row.status,
          since: values.statusSince,
          changedBy: tx.actor?.id ?? null,
        });
      }
      await syncOrgSearch(tx, row, place);
      const [before, after] = await Promise.all([presentOrgDto(tx, current), presentOrgDto(tx, row)]);
      await recordAudit(tx, { action: 'org.update', entity: 'org', entityId: id, before, after });
      contentChanged(tx, [ORGS_TAG]);
      return after;
    });
  } catch (err) {
    throw await explainUniqueViolation(ctx, err, input, id);
  }
}

async function checkStatusSince(ctx: Ctx, current: repo.OrgRow, since: string | null): Promise<void> {
  if (!since || since === current.statusSince) {
    throw invalid({ statusSince: 'Vui lòng nhập ngày bắt đầu của tình trạng hoạt động mới' });
  }
  const last = await latestStatusSince(ctx.db, ctx.tenantId, current.id);
  if (last && since < last) {
    throw invalid({
      statusSince: `Ngày bắt đầu tình trạng mới không được trước ngày của tình trạng trước (${last.split('-').reverse().join('/')})`,
    });
  }
}

/** One organisation; a member representative gets its own, without the staff's notes. */
export async function getOrganization(ctx: Ctx, id: string): Promise<OrgDto> {
  await assertOrgAccess(ctx, id, 'read');
  const row = await repo.findOrg(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound();
  const dto = await presentOrgDto(ctx, row);
  return ctx.actor?.role === 'thanh_vien' ? { ...dto, notes: '' } : dto;
}

/**
 * Removes an organisation with its figures, ratings, reports and links (quan_tri only). Records
 * merged into it go too, and its representatives' accounts are disabled: they speak for nobody.
 */
export async function deleteOrganization(ctx: Ctx, id: string): Promise<void> {
  if (ctx.actor?.role !== 'quan_tri') {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    throw new AppError('FORBIDDEN', { message: 'Chỉ quản trị viên được xóa tổ chức.' });
  }
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findOrg(tx.db, tx.tenantId, id);
    if (!row) throw notFound();
    const before = await presentOrgDto(tx, row);
    const merged = await repo.mergedInto(tx.db, tx.tenantId, id);
    const accounts = await representativeUserIds(tx.db, tx.tenantId, [id, ...merged]);
    for (const m of merged) await repo.deleteOrg(tx.db, tx.tenantId, m);
    await repo.deleteOrg(tx.db, tx.tenantId, id);
    for (const userId of accounts) await updateUser(tx, userId, { disabled: true });
    await removeOrgSearch(tx, id);
    await recordAudit(tx, { action: 'org.delete', entity: 'org', entityId: id, before });
    contentChanged(tx, [ORGS_TAG]);
  });
}

/** Repo filter of a list query; a thanh_vien is held to its own organisation. */
export async function scopedFilter(ctx: Ctx, f: OrgFilter): Promise<repo.OrgListFilter | null> {
  let onlyId: string | undefined;
  if (ctx.actor?.role === 'thanh_vien') {
    const own = await representedOrgId(ctx);
    if (!own) return null;
    onlyId = own;
  } else {
    assertRegistryReader(ctx);
  }
  return { ...f, onlyId };
}

export async function listOrganizations(ctx: Ctx, q: OrgListQuery): Promise<OrgListPage> {
  const filter = await scopedFilter(ctx, q);
  const page = { page: q.page, pageSize: q.pageSize };
  if (!filter) return { items: [], total: 0, ...page };
  const { rows, total } = await repo.listOrgs(ctx.db, ctx.tenantId, filter, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const places = await communeNames(
    ctx,
    rows.map((r) => r.communeCode),
  );
  return {
    items: rows.map((r) => presentOrgSummary(r, r.communeCode ? places.get(r.communeCode) : undefined)),
    total,
    ...page,
  };
}

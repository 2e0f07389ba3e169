import { contentChanged } from '../../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { toNfc } from '../../../lib/vi/index.ts';
import { createUser, getUsersByIds, updateUser } from '../../accounts/users.service.ts';
import type { AuditPage } from '../../audit/audit.dto.ts';
import { listAuditEntries, recordAudit } from '../../audit/audit.service.ts';
import { type UploadInput, uploadMedia } from '../../media/media.service.ts';
import { getFileAttachments } from '../../media/media-display.service.ts';
import type { MediaStore } from '../../media/media-store.ts';
import { assertOrgAccess, assertRegistryReader } from '../org-access.ts';
import type { OrgStatus } from '../registry-enums.dto.ts';
import { type AttachmentKind, ORG_KIND_LABELS } from '../registry-enums.dto.ts';
import { presentOrgRef } from './org-present.ts';
import type {
  AttachmentInput,
  HistoryQuery,
  OrgAttachmentList,
  OrgStatusHistory,
  RepresentativeCreated,
  RepresentativeInput,
  RepresentativeList,
  UnionMemberInput,
  UnionMemberList,
} from './org-relations.dto.ts';
import * as rel from './org-relations.repo.ts';
import { listStatusHistory } from './org-status.repo.ts';
import * as repo from './orgs.repo.ts';

const ORGS_TAG = 'orgs';
const invalid = (fieldErrors: Record<string, string>) => new AppError('VALIDATION', { fieldErrors });

async function requireOrg(ctx: Ctx, id: string, mode: 'read' | 'write'): Promise<repo.OrgRow> {
  await assertOrgAccess(ctx, id, mode);
  const row = await repo.findOrg(ctx.db, ctx.tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy tổ chức.' });
  return row;
}

/** Staff who may change the register, checked like every other organisation write. */
async function requireOrgForStaffWrite(ctx: Ctx, id: string): Promise<repo.OrgRow> {
  // A thanh_vien proposes changes through self-reporting; it never writes here.
  if (ctx.actor?.role === 'thanh_vien') throw new AppError('FORBIDDEN');
  return requireOrg(ctx, id, 'write');
}

export async function listOrgStatusHistory(ctx: Ctx, orgId: string): Promise<OrgStatusHistory> {
  await requireOrg(ctx, orgId, 'read');
  const rows = await listStatusHistory(ctx.db, ctx.tenantId, orgId);
  return {
    items: rows.map((h) => ({
      id: h.id,
      status: h.status as OrgStatus,
      since: h.since,
      note: h.note,
      changedBy: h.changedBy,
      createdAt: h.createdAt.toISOString(),
    })),
  };
}

/** Every audited change of the organisation (its own rows and those of its figures, links…). */
export async function listOrgChangeHistory(ctx: Ctx, orgId: string, q: HistoryQuery): Promise<AuditPage> {
  assertRegistryReader(ctx);
  await requireOrg(ctx, orgId, 'read');
  return listAuditEntries(ctx, { entityId: orgId, page: q.page, pageSize: q.pageSize });
}

// ——— members of a union (LHHTX → HTX, QTDND) ———

const MEMBER_KINDS = ['HTX', 'QTDND'];

export async function listUnionMembers(ctx: Ctx, unionId: string): Promise<UnionMemberList> {
  await requireOrg(ctx, unionId, 'read');
  const rows = await rel.listUnionMembers(ctx.db, ctx.tenantId, unionId);
  return { items: rows.map((m) => ({ member: presentOrgRef(m), joinedOn: m.joinedOn, leftOn: m.leftOn })) };
}

export async function addUnionMember(
  ctx: Ctx,
  unionId: string,
  input: UnionMemberInput,
): Promise<UnionMemberList> {
  await inTransaction(ctx, async (tx) => {
    const union = await requireOrgForStaffWrite(tx, unionId);
    if (union.kind !== 'LHHTX') {
      throw new AppError('VALIDATION', {
        message: `Chỉ liên hiệp hợp tác xã mới có thành viên; ${union.name} là ${labelOf(union.kind).toLowerCase()}.`,
      });
    }
    if (input.memberId === unionId)
      throw invalid({ memberId: 'Liên hiệp không thể là thành viên của chính nó' });
    const member = await repo.findOrg(tx.db, tx.tenantId, input.memberId);
    if (!member) throw invalid({ memberId: 'Không tìm thấy tổ chức thành viên' });
    if (!MEMBER_KINDS.includes(member.kind)) {
      throw invalid({
        memberId: `Thành viên của liên hiệp phải là hợp tác xã hoặc quỹ tín dụng nhân dân (${member.name} là ${labelOf(member.kind).toLowerCase()})`,
      });
    }
    await rel.upsertUnionMember(tx.db, { tenantId: tx.tenantId, unionId, ...input });
    await recordAudit(tx, {
      action: 'org.union_member.add',
      entity: 'org',
      entityId: unionId,
      after: { memberId: member.id, memberName: member.name, joinedOn: input.joinedOn, leftOn: input.leftOn },
    });
    contentChanged(tx, [ORGS_TAG]);
  });
  return listUnionMembers(ctx, unionId);
}

function labelOf(kind: string): string {
  return ORG_KIND_LABELS[kind as keyof typeof ORG_KIND_LABELS] ?? kind;
}

export async function removeUnionMember(ctx: Ctx, unionId: string, memberId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireOrgForStaffWrite(tx, unionId);
    if (!(await rel.deleteUnionMember(tx.db, tx.tenantId, unionId, memberId))) {
      throw new AppError('NOT_FOUND', { message: 'Tổ chức này không phải thành viên của liên hiệp.' });
    }
    await recordAudit(tx, {
      action: 'org.union_member.remove',
      entity: 'org',
      entityId: unionId,
      before: { memberId },
    });
    contentChanged(tx, [ORGS_TAG]);
  });
}

// ——— attachments (charter, registration certificate) ———

export async function listOrgAttachments(ctx: Ctx, orgId: string): Promise<OrgAttachmentList> {
  await requireOrg(ctx, orgId, 'read');
  const rows = await rel.listAttachments(ctx.db, ctx.tenantId, orgId);
  const files = new Map(
    (
      await getFileAttachments(
        ctx,
        rows.map((r) => r.mediaId),
      )
    ).map((f) => [f.id, f]),
  );
  return {
    items: rows.flatMap((r) => {
      const file = files.get(r.mediaId);
      return file
        ? [{ kind: r.kind as AttachmentKind, title: r.title, file, createdAt: r.createdAt.toISOString() }]
        : [];
    }),
  };
}

/**
 * Stores a document sent by staff straight from the organisation's page (registry officers do
 * not use the media library) and attaches it. Access is checked before anything is stored.
 */
export async function uploadOrgFile(
  ctx: Ctx,
  store: MediaStore,
  orgId: string,
  upload: UploadInput,
  meta: Omit<AttachmentInput, 'mediaId'>,
): Promise<OrgAttachmentList> {
  await requireOrgForStaffWrite(ctx, orgId);
  const { asset } = await uploadMedia(ctx, store, upload);
  return attachOrgFile(ctx, orgId, { ...meta, mediaId: asset.id });
}

/** Attaches an uploaded document file (PDF, Word, Excel) of the tenant's media library. */
export async function attachOrgFile(
  ctx: Ctx,
  orgId: string,
  input: AttachmentInput,
): Promise<OrgAttachmentList> {
  await inTransaction(ctx, async (tx) => {
    await requireOrgForStaffWrite(tx, orgId);
    const [file] = await getFileAttachments(tx, [input.mediaId]);
    if (!file) {
      throw invalid({
        mediaId: 'Không tìm thấy tệp đã tải lên, hoặc tệp không phải tài liệu (PDF, DOC, DOCX, XLS, XLSX)',
      });
    }
    const title = toNfc(input.title).trim() || file.name;
    await rel.upsertAttachment(tx.db, {
      tenantId: tx.tenantId,
      orgId,
      mediaId: file.id,
      kind: input.kind,
      title,
    });
    await recordAudit(tx, {
      action: 'org.attachment.add',
      entity: 'org',
      entityId: orgId,
      after: { mediaId: file.id, kind: input.kind, title, fileName: file.name },
    });
  });
  return listOrgAttachments(ctx, orgId);
}

export async function detachOrgFile(ctx: Ctx, orgId: string, mediaId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireOrgForStaffWrite(tx, orgId);
    if (!(await rel.deleteAttachment(tx.db, tx.tenantId, orgId, mediaId))) {
      throw new AppError('NOT_FOUND', { message: 'Tệp này không được đính kèm với tổ chức.' });
    }
    await recordAudit(tx, {
      action: 'org.attachment.remove',
      entity: 'org',
      entityId: orgId,
      before: { mediaId },
    });
  });
}

/** For the media library: which organisations have this file attached. */
export async function orgsUsingFile(ctx: Ctx, mediaId: string): Promise<string[]> {
  const names = await rel.orgsWithAttachment(ctx.db, ctx.tenantId, mediaId);
  return names.map((n) => `hồ sơ tổ chức ${n}`);
}

// ——— representatives (thanh_vien accounts) ———

export async function listOrgRepresentatives(ctx: Ctx, orgId: string): Promise<RepresentativeList> {
  assertRegistryReader(ctx);
  await requireOrg(ctx, orgId, 'read');
  const users = await getUsersByIds(ctx, await rel.representativeUserIds(ctx.db, ctx.tenantId, [orgId]));
  return {
    items: users
      .sort((a, b) => a.email.localeCompare(b.email))
      .map((u) => ({
        userId: u.id,
        email: u.email,
        fullName: u.fullName,
        disabled: u.disabled,
        lastLoginAt: u.lastLoginAt,
      })),
  };
}

/**
 * Creates a thanh_vien account that speaks for the organisation; its one-time password is
 * returned once, to hand to the member, and must be changed at first sign-in.
 */
export async function createOrgRepresentative(
  ctx: Ctx,
  orgId: string,
  input: RepresentativeInput,
): Promise<RepresentativeCreated> {
  return inTransaction(ctx, async (tx) => {
    const org = await requireOrgForStaffWrite(tx, orgId);
    const { user, temporaryPassword } = await createUser(tx, { ...input, role: 'thanh_vien' });
    await rel.insertRepresentative(tx.db, { tenantId: tx.tenantId, userId: user.id, orgId });
    await recordAudit(tx, {
      action: 'org.representative.create',
      entity: 'org',
      entityId: orgId,
      after: { userId: user.id, email: user.email, fullName: user.fullName, orgName: org.name },
    });
    return {
      representative: {
        userId: user.id,
        email: user.email,
        fullName: user.fullName,
        disabled: user.disabled,
        lastLoginAt: user.lastLoginAt,
      },
      temporaryPassword,
    };
  });
}

/** Unlinks an account from the organisation and disables it: a member account speaks for one organisation or none. */
export async function removeOrgRepresentative(ctx: Ctx, orgId: string, userId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await requireOrgForStaffWrite(tx, orgId);
    if (!(await rel.deleteRepresentative(tx.db, tx.tenantId, orgId, userId))) {
      throw new AppError('NOT_FOUND', { message: 'Tài khoản này không đại diện cho tổ chức.' });
    }
    await updateUser(tx, userId, { disabled: true });
    await recordAudit(tx, {
      action: 'org.representative.remove',
      entity: 'org',
      entityId: orgId,
      before: { userId },
    });
  });
}

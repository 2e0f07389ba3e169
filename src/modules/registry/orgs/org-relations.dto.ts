import { z } from 'zod';
import { FileAttachment } from '../../media/media.dto.ts';
import { AttachmentKind, OrgKind, OrgStatus } from '../registry-enums.dto.ts';

// Status history, union members, attachments, representatives, merge and change history of an
// organisation (the detail page's tabs).

const isoDate = (label: string) =>
  z.iso
    .date({ error: `${label} không hợp lệ (định dạng YYYY-MM-DD)` })
    .nullable()
    .default(null);

export const OrgStatusHistoryItem = z.object({
  id: z.uuid(),
  status: OrgStatus,
  since: z.string(),
  note: z.string(),
  changedBy: z.uuid().nullable(),
  createdAt: z.string(),
});
export type OrgStatusHistoryItem = z.infer<typeof OrgStatusHistoryItem>;
export const OrgStatusHistory = z.object({ items: z.array(OrgStatusHistoryItem) });
export type OrgStatusHistory = z.infer<typeof OrgStatusHistory>;

/** Another organisation as a link shows it. */
export const OrgRef = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: OrgKind,
  name: z.string(),
  regCode: z.string().nullable(),
});
export type OrgRef = z.infer<typeof OrgRef>;

export const UnionMemberInput = z
  .object({
    memberId: z.uuid({ error: 'Vui lòng chọn hợp tác xã thành viên' }),
    joinedOn: isoDate('Ngày gia nhập'),
    leftOn: isoDate('Ngày rời liên hiệp'),
  })
  .superRefine((v, ctx) => {
    if (v.joinedOn && v.leftOn && v.leftOn < v.joinedOn) {
      ctx.addIssue({ code: 'custom', path: ['leftOn'], message: 'Ngày rời không được trước ngày gia nhập' });
    }
  });
export type UnionMemberInput = z.infer<typeof UnionMemberInput>;

export const UnionMemberDto = z.object({
  member: OrgRef,
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});
export type UnionMemberDto = z.infer<typeof UnionMemberDto>;
export const UnionMemberList = z.object({ items: z.array(UnionMemberDto) });
export type UnionMemberList = z.infer<typeof UnionMemberList>;

export const AttachmentInput = z.object({
  mediaId: z.uuid({ error: 'Vui lòng chọn tệp đã tải lên' }),
  kind: AttachmentKind.default('khac'),
  title: z
    .string({ error: 'Tiêu đề tệp không hợp lệ' })
    .trim()
    .max(200, 'Tiêu đề tệp tối đa 200 ký tự')
    .default(''),
});
export type AttachmentInput = z.infer<typeof AttachmentInput>;

export const OrgAttachmentDto = z.object({
  kind: AttachmentKind,
  title: z.string(),
  file: FileAttachment,
  createdAt: z.string(),
});
export type OrgAttachmentDto = z.infer<typeof OrgAttachmentDto>;
export const OrgAttachmentList = z.object({ items: z.array(OrgAttachmentDto) });
export type OrgAttachmentList = z.infer<typeof OrgAttachmentList>;

export const RepresentativeInput = z.object({
  email: z
    .string({ error: 'Email không hợp lệ' })
    .trim()
    .toLowerCase()
    .pipe(z.email('Email không hợp lệ'))
    .pipe(z.string().max(200, 'Email tối đa 200 ký tự')),
  fullName: z
    .string({ error: 'Họ tên không hợp lệ' })
    .trim()
    .min(2, 'Họ tên cần ít nhất 2 ký tự')
    .max(120, 'Họ tên tối đa 120 ký tự'),
});
export type RepresentativeInput = z.infer<typeof RepresentativeInput>;

export const RepresentativeDto = z.object({
  userId: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type RepresentativeDto = z.infer<typeof RepresentativeDto>;
export const RepresentativeList = z.object({ items: z.array(RepresentativeDto) });
export type RepresentativeList = z.infer<typeof RepresentativeList>;
/** The new account and its one-time password, shown once to the staff member. */
export const RepresentativeCreated = z.object({
  representative: RepresentativeDto,
  temporaryPassword: z.string(),
});
export type RepresentativeCreated = z.infer<typeof RepresentativeCreated>;

export const MergeInput = z.object({ intoId: z.uuid({ error: 'Vui lòng chọn tổ chức giữ lại' }) });
export type MergeInput = z.infer<typeof MergeInput>;

export const HistoryQuery = z.object({
  page: z.coerce.number().int().min(1, 'Số trang không hợp lệ').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'Tối đa 100 mục mỗi trang').default(20),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

import { z } from 'zod';

export const AuditEntryDto = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD');

export const AuditQuery = z.object({
  action: z.string().trim().max(80).optional(),
  entity: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(80).optional(),
  actorEmail: z.string().trim().max(200).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({ items: z.array(AuditEntryDto), total: z.number().int() });
export type AuditPage = z.infer<typeof AuditPage>;

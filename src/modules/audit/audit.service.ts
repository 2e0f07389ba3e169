import type { Ctx } from '../../core/context.ts';
import type { AuditPage, AuditQuery } from './audit.dto.ts';
import { insertAudit, listAudit } from './audit.repo.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

// Never let a secret reach the trail, whatever a caller passes.
const SECRET_KEYS = new Set([
  'password',
  'passwordHash',
  'newPassword',
  'currentPassword',
  'token',
  'csrfToken',
]);

function redact(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

/** Records one change; call it with the ctx of the transaction that makes the change. */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  await insertAudit(ctx.db, {
    tenantId: ctx.tenantId,
    actorId: ctx.actor?.id ?? null,
    actorEmail: ctx.actor?.email ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    before: redact(event.before),
    after: redact(event.after),
    requestId: ctx.requestId,
  });
}

export async function listAuditEntries(ctx: Ctx, q: AuditQuery): Promise<AuditPage> {
  const { rows, total } = await listAudit(ctx.db, ctx.tenantId, q);
  return {
    total,
    items: rows.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorEmail: r.actorEmail,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      requestId: r.requestId,
    })),
  };
}

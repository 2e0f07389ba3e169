import type { Ctx } from '../../core/context.ts';
import { latestPublished } from './documents.repo.ts';
import { documentUrl } from './documents.service.ts';

export interface DocumentCard {
  id: string;
  url: string;
  number: string;
  summary: string;
  /** ISO date "YYYY-MM-DD" (format it with lib/vi formatDate). */
  issuedOn: string;
}

/** The newest published documents, for the home page block "Văn bản mới". */
export async function listLatestDocuments(ctx: Ctx, limit: number): Promise<DocumentCard[]> {
  const rows = await latestPublished(ctx.db, ctx.tenantId, Math.max(1, Math.min(limit, 50)));
  return rows.map((r) => ({
    id: r.id,
    url: documentUrl(r.id),
    number: r.number,
    summary: r.summary,
    issuedOn: r.issuedOn,
  }));
}

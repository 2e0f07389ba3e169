import type { Ctx } from '../../core/context.ts';
import type { DocumentStatus, DocumentType } from './document-types.dto.ts';
import type { DocumentDto, DocumentRef, DocumentSummary } from './documents.dto.ts';
import * as repo from './documents.repo.ts';
import { presentDocument, presentRef, presentSummary } from './documents.service.ts';

export const PUBLIC_PAGE_SIZE = 20;

export interface PublicDocumentFilter {
  q?: string | undefined;
  docType?: DocumentType | undefined;
  issuer?: string | undefined;
  field?: string | undefined;
  year?: number | undefined;
  status?: DocumentStatus | undefined;
  page: number;
}

export async function listPublishedDocuments(
  ctx: Ctx,
  f: PublicDocumentFilter,
): Promise<{ items: DocumentSummary[]; total: number }> {
  const { rows, total } = await repo.listDocuments(ctx.db, ctx.tenantId, {
    ...f,
    published: true,
    pageSize: PUBLIC_PAGE_SIZE,
  });
  return { items: rows.map(presentSummary), total };
}

export async function publicDocumentFacets(ctx: Ctx): Promise<repo.DocumentFacets> {
  return repo.publishedFacets(ctx.db, ctx.tenantId);
}

export interface PublicDocument {
  doc: DocumentDto;
  /** Published documents this one replaces. */
  replaces: DocumentRef[];
}

/** A published document of this tenant, or null (unknown, unpublished or another tenant's). */
export async function getPublishedDocument(ctx: Ctx, id: string): Promise<PublicDocument | null> {
  const row = await repo.findDocument(ctx.db, ctx.tenantId, id);
  if (!row?.published) return null;
  const replaces = (await repo.findReplacedBy(ctx.db, ctx.tenantId, id))
    .filter((r) => r.published)
    .map(presentRef);
  return { doc: await presentDocument(ctx, row, true), replaces };
}

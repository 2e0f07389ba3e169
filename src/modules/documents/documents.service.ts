import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import { normalizeSpaces, toNfc } from '../../lib/vi/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getFileAttachments } from '../media/media-display.service.ts';
import { indexSearchEntry, removeSearchEntry } from '../search/search-index.service.ts';
import type { DocumentStatus } from './document-types.dto.ts';
import type {
  DocumentDto,
  DocumentInput,
  DocumentPage,
  DocumentQuery,
  DocumentRef,
  DocumentSummary,
} from './documents.dto.ts';
import * as repo from './documents.repo.ts';

export const documentUrl = (id: string) => `/van-ban/${id}`;

export function presentSummary(row: repo.DocumentRow): DocumentSummary {
  return {
    id: row.id,
    number: row.number,
    docType: row.docType,
    issuer: row.issuer,
    signer: row.signer,
    issuedOn: row.issuedOn,
    effectiveOn: row.effectiveOn,
    summary: row.summary,
    field: row.field,
    status: row.status as DocumentStatus,
    replacedById: row.replacedById,
    published: row.published,
    url: documentUrl(row.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentRef(row: repo.DocumentRow): DocumentRef {
  return { id: row.id, number: row.number, docType: row.docType, url: documentUrl(row.id) };
}

/** The full document: attachments in order and the replacing document (when `onlyPublished`, only if public). */
export async function presentDocument(
  ctx: Ctx,
  row: repo.DocumentRow,
  onlyPublished = false,
): Promise<DocumentDto> {
  const files = await getFileAttachments(ctx, await repo.listFileIds(ctx.db, ctx.tenantId, row.id));
  const replacing = row.replacedById
    ? await repo.findDocument(ctx.db, ctx.tenantId, row.replacedById)
    : undefined;
  const replacedBy = replacing && (!onlyPublished || replacing.published) ? presentRef(replacing) : null;
  return { ...presentSummary(row), replacedBy, files };
}

// Document fields are plain text: markup is dropped here (views escape what remains).
const plain = (s: string) => normalizeSpaces(toNfc(htmlToText(s)));

function invalid(fieldErrors: Record<string, string>): AppError {
  return new AppError('VALIDATION', { fieldErrors });
}

/** Plain-text fields, and the references checked inside the tenant. */
async function prepare(ctx: Ctx, input: DocumentInput, selfId: string | null) {
  const values = {
    number: plain(input.number),
    docType: input.docType,
    issuer: plain(input.issuer),
    signer: plain(input.signer),
    issuedOn: input.issuedOn,
    effectiveOn: input.effectiveOn,
    summary: plain(input.summary),
    field: plain(input.field),
    status: input.status,
    replacedById: input.replacedById,
    published: input.published,
  };
  const errors: Record<string, string> = {};
  if (!values.number) errors.number = 'Vui lòng nhập số ký hiệu';
  if (!values.issuer) errors.issuer = 'Vui lòng nhập cơ quan ban hành';
  if (!values.summary) errors.summary = 'Vui lòng nhập trích yếu';
  if (input.replacedById) {
    if (input.replacedById === selfId) errors.replacedById = 'Văn bản không thể thay thế chính nó';
    else if (!(await repo.findDocument(ctx.db, ctx.tenantId, input.replacedById))) {
      errors.replacedById = 'Không tìm thấy văn bản thay thế';
    }
  }
  if (input.fileIds.length > 0) {
    const found = await getFileAttachments(ctx, input.fileIds);
    if (found.length !== input.fileIds.length) {
      errors.fileIds = 'Có tệp đính kèm không tồn tại hoặc không phải tài liệu (PDF, DOC, DOCX, XLS, XLSX)';
    }
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return values;
}

async function syncSearch(ctx: Ctx, row: repo.DocumentRow): Promise<void> {
  if (!row.published) return removeSearchEntry(ctx, 'document', row.id);
  await indexSearchEntry(ctx, {
    kind: 'document',
    refId: row.id,
    url: documentUrl(row.id),
    title: `${row.number} — ${row.docType}`,
    summary: row.summary,
    body: [row.issuer, row.signer, row.field].filter(Boolean).join('. '),
    // Issue date at midnight in Viet Nam: documents sort by when they were issued.
    publishedAt: new Date(`${row.issuedOn}T00:00:00+07:00`),
    facet: row.docType,
  });
}

function announce(ctx: Ctx, ids: (string | null | undefined)[]): void {
  const docs = [...new Set(ids.filter((x): x is string => Boolean(x)))].map((id) => `document:${id}`);
  contentChanged(ctx, ['documents', 'home', ...docs]);
}

/** `isDemo` marks demo content (removed together by "Xóa dữ liệu minh họa"). */
export async function createDocument(
  ctx: Ctx,
  input: DocumentInput,
  opts: { isDemo?: boolean } = {},
): Promise<DocumentDto> {
  return inTransaction(ctx, async (tx) => {
    const values = await prepare(tx, input, null);
    const row = await repo.insertDocument(tx.db, {
      tenantId: tx.tenantId,
      ...values,
      isDemo: opts.isDemo ?? false,
    });
    await repo.replaceFiles(tx.db, tx.tenantId, row.id, input.fileIds);
    await syncSearch(tx, row);
    const dto = await presentDocument(tx, row);
    await recordAudit(tx, { action: 'document.create', entity: 'document', entityId: row.id, after: dto });
    announce(tx, [row.id, row.replacedById]);
    return dto;
  });
}

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy văn bản.' });

export async function updateDocument(ctx: Ctx, id: string, input: DocumentInput): Promise<DocumentDto> {
  return inTransaction(ctx, async (tx) => {
    const beforeRow = await repo.findDocument(tx.db, tx.tenantId, id);
    if (!beforeRow) throw notFound();
    const before = await presentDocument(tx, beforeRow);
    const values = await prepare(tx, input, id);
    const row = await repo.updateDocument(tx.db, tx.tenantId, id, values);
    if (!row) throw notFound();
    await repo.replaceFiles(tx.db, tx.tenantId, id, input.fileIds);
    await syncSearch(tx, row);
    const dto = await presentDocument(tx, row);
    await recordAudit(tx, {
      action: 'document.update',
      entity: 'document',
      entityId: id,
      before,
      after: dto,
    });
    announce(tx, [id, beforeRow.replacedById, row.replacedById]);
    return dto;
  });
}

/** Refused while another document names this one as its replacement (its status would lie). */
export async function deleteDocument(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.findDocument(tx.db, tx.tenantId, id);
    if (!row) throw notFound();
    const replaced = await repo.findReplacedBy(tx.db, tx.tenantId, id);
    if (replaced.length > 0) {
      throw new AppError('CONFLICT', {
        message: `Không thể xóa: văn bản này đang được ghi là văn bản thay thế của ${replaced
          .map((r) => r.number)
          .join(', ')}.`,
      });
    }
    const before = await presentDocument(tx, row);
    await repo.deleteDocument(tx.db, tx.tenantId, id);
    await removeSearchEntry(tx, 'document', id);
    await recordAudit(tx, { action: 'document.delete', entity: 'document', entityId: id, before });
    announce(tx, [id, row.replacedById]);
  });
}

export async function getDocument(ctx: Ctx, id: string): Promise<DocumentDto> {
  const row = await repo.findDocument(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound();
  return presentDocument(ctx, row);
}

export async function listDocuments(ctx: Ctx, q: DocumentQuery): Promise<DocumentPage> {
  const { rows, total } = await repo.listDocuments(ctx.db, ctx.tenantId, {
    ...q,
    published: q.published === undefined ? undefined : q.published === 'true',
  });
  return { items: rows.map(presentSummary), total };
}

/** For the media library: which documents have this file attached ("Văn bản 12/QĐ-LMHTX"). */
export async function documentsUsingFile(ctx: Ctx, mediaId: string): Promise<string[]> {
  const rows = await repo.findDocumentsWithFile(ctx.db, ctx.tenantId, mediaId);
  return rows.map((r) => `văn bản ${r.number}`);
}

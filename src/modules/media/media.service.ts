import { createHash } from 'node:crypto';
import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { htmlToText } from '../../core/html/sanitize.ts';
import { normalizeSpaces, toNfc } from '../../lib/vi/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { formatFileSize } from './file-size.ts';
import { processImage } from './image-variants.ts';
import type { MediaDto, MediaPage, MediaQuery, MediaUpdate } from './media.dto.ts';
import * as repo from './media.repo.ts';
import type { MediaVariant } from './media.tables.ts';
import { sniffUpload, typeLabel } from './media-sniff.ts';
import { type MediaStore, mediaPaths } from './media-store.ts';
import { findMediaUsage } from './media-usage.ts';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The largest upload of any kind; the multipart parser stops reading beyond it. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

/** Public URL of a stored path (relative to DATA_DIR/media): served by media.site.tsx. */
export const publicUrl = (relPath: string) => `/media/${relPath}`;

/** Plain text for alt and caption: markup is dropped here, and views escape what is left. */
export function plainText(s: string): string {
  return normalizeSpaces(toNfc(htmlToText(s)));
}

/** The last segment of what the browser sent, without control characters, for display and downloads. */
export function cleanFileName(name: string): string {
  const base = toNfc(name.split(/[\\/]/).pop() ?? '');
  const kept = Array.from(base)
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>'.includes(ch))
    .join('')
    .trim();
  return kept.slice(0, 200) || 'tep-tai-len';
}

export function presentMedia(row: repo.MediaRow): MediaDto {
  const variants = [...row.variants].sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
  const largestJpeg = variants.filter((v) => v.format === 'jpeg').at(-1);
  return {
    id: row.id,
    kind: row.kind === 'image' ? 'image' : 'file',
    originalName: row.originalName,
    mime: row.mime,
    typeLabel: typeLabel(row.mime),
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    url: publicUrl(row.kind === 'image' && largestJpeg ? largestJpeg.path : row.storagePath),
    variants: variants.map((v) => ({
      width: v.width,
      height: v.height,
      format: v.format,
      url: publicUrl(v.path),
      bytes: v.bytes,
    })),
    createdAt: row.createdAt.toISOString(),
  };
}

export interface UploadInput {
  fileName: string;
  claimedType: string;
  bytes: Buffer;
  alt?: string | undefined;
  caption?: string | undefined;
  /** Demo content, removed together by "Xóa dữ liệu minh họa". */
  isDemo?: boolean;
}

export interface UploadResult {
  asset: MediaDto;
  /** False when the tenant already had these exact bytes: the existing asset is returned. */
  created: boolean;
}

function tooLarge(kind: 'image' | 'file', bytes: number): AppError {
  const limit = kind === 'image' ? MAX_IMAGE_BYTES : MAX_FILE_BYTES;
  const what = kind === 'image' ? 'Ảnh' : 'Tệp tài liệu';
  const message = `${what} có dung lượng ${formatFileSize(bytes)}, vượt giới hạn ${formatFileSize(limit)}.`;
  return new AppError('PAYLOAD_TOO_LARGE', { message, fieldErrors: { file: message } });
}

/**
 * Stores an upload: sniffs its type from the bytes, re-encodes images into variants, and commits
 * files and row together — on any failure nothing stays on disk or in the database.
 */
export async function uploadMedia(ctx: Ctx, store: MediaStore, input: UploadInput): Promise<UploadResult> {
  const fileName = cleanFileName(input.fileName);
  if (input.bytes.length === 0) {
    const message = `Tệp “${fileName}” rỗng (0 byte).`;
    throw new AppError('VALIDATION', { message, fieldErrors: { file: message } });
  }
  const type = await sniffUpload(input.bytes, fileName, input.claimedType);
  const limit = type.kind === 'image' ? MAX_IMAGE_BYTES : MAX_FILE_BYTES;
  if (input.bytes.length > limit) throw tooLarge(type.kind, input.bytes.length);

  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const existing = await repo.findMediaBySha(ctx.db, ctx.tenantId, sha256);
  if (existing) return { asset: presentMedia(existing), created: false };

  const staged = store.stage();
  try {
    const variants: MediaVariant[] = [];
    let width: number | null = null;
    let height: number | null = null;
    let storagePath: string;
    if (type.kind === 'image') {
      const image = await processImage(input.bytes);
      width = image.width;
      height = image.height;
      for (const v of image.variants) {
        const path = mediaPaths.variant(ctx.tenantId, sha256, v.width, v.format);
        await staged.add(path, v.data);
        variants.push({ width: v.width, height: v.height, format: v.format, path, bytes: v.data.length });
      }
      storagePath = mediaPaths.original(ctx.tenantId, sha256, type.ext);
    } else {
      storagePath = mediaPaths.file(ctx.tenantId, sha256, type.ext);
    }
    await staged.add(storagePath, input.bytes);

    const row = await inTransaction(ctx, async (tx) => {
      const created = await repo.insertMediaIfAbsent(tx.db, {
        tenantId: tx.tenantId,
        kind: type.kind,
        originalName: fileName,
        mime: type.mime,
        bytes: input.bytes.length,
        sha256,
        width,
        height,
        alt: plainText(input.alt ?? '').slice(0, 300),
        caption: plainText(input.caption ?? '').slice(0, 1000),
        storagePath,
        variants,
        createdBy: tx.actor?.id ?? null,
        isDemo: input.isDemo ?? false,
      });
      if (!created) return undefined;
      await recordAudit(tx, {
        action: 'media.upload',
        entity: 'media',
        entityId: created.id,
        after: {
          kind: created.kind,
          originalName: created.originalName,
          mime: created.mime,
          bytes: created.bytes,
          sha256,
        },
      });
      // Last step inside the transaction: if moving files fails, the row rolls back with it.
      await staged.commit();
      return created;
    });
    if (row) return { asset: presentMedia(row), created: true };
    // Lost a race with an identical upload: its files are the same bytes, ours are not needed.
    await staged.discard();
    const winner = await repo.findMediaBySha(ctx.db, ctx.tenantId, sha256);
    if (!winner) throw new AppError('CONFLICT');
    return { asset: presentMedia(winner), created: false };
  } catch (err) {
    await staged.rollback();
    throw err;
  }
}

export async function listMedia(ctx: Ctx, q: MediaQuery): Promise<MediaPage> {
  const { rows, total } = await repo.listMedia(ctx.db, ctx.tenantId, q);
  return { items: rows.map(presentMedia), total };
}

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy ảnh hoặc tệp.' });

export async function getMedia(ctx: Ctx, id: string): Promise<MediaDto> {
  const row = await repo.findMedia(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound();
  return presentMedia(row);
}

export async function updateMedia(ctx: Ctx, id: string, patch: MediaUpdate): Promise<MediaDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findMedia(tx.db, tx.tenantId, id);
    if (!before) throw notFound();
    const row = await repo.updateMedia(tx.db, tx.tenantId, id, {
      ...(patch.alt === undefined ? {} : { alt: plainText(patch.alt) }),
      ...(patch.caption === undefined ? {} : { caption: plainText(patch.caption) }),
    });
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'media.update',
      entity: 'media',
      entityId: id,
      before: { alt: before.alt, caption: before.caption },
      after: { alt: row.alt, caption: row.caption },
    });
    // Pages showing the image carry this tag (alt and caption are printed with it).
    contentChanged(tx, [`media:${id}`]);
    return presentMedia(row);
  });
}

/**
 * Deletes an asset nothing uses; its files go once the row is gone. An asset still in use
 * (attached to a document, shown in an article) is refused with the list of its users.
 */
export async function deleteMedia(ctx: Ctx, store: MediaStore, id: string): Promise<void> {
  const usedBy = await findMediaUsage(ctx, id);
  if (usedBy.length > 0) {
    throw new AppError('CONFLICT', {
      message: `Không thể xóa: tệp đang được dùng trong ${usedBy.slice(0, 5).join('; ')}${usedBy.length > 5 ? '; …' : ''}.`,
    });
  }
  const row = await inTransaction(ctx, async (tx) => {
    const deleted = await repo.deleteMedia(tx.db, tx.tenantId, id);
    if (deleted === 'in_use') {
      throw new AppError('CONFLICT', { message: 'Không thể xóa: tệp đang được dùng trong nội dung khác.' });
    }
    if (!deleted) throw notFound();
    await recordAudit(tx, {
      action: 'media.delete',
      entity: 'media',
      entityId: id,
      before: { kind: deleted.kind, originalName: deleted.originalName, sha256: deleted.sha256 },
    });
    contentChanged(tx, [`media:${id}`]);
    return deleted;
  });
  try {
    await store.remove([row.storagePath, ...row.variants.map((v) => v.path)]);
  } catch (err) {
    ctx.log.warn({ err, mediaId: id }, 'media files not removed');
  }
}

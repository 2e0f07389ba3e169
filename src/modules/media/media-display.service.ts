import type { Ctx } from '../../core/context.ts';
import type { FileAttachment, ImageForDisplay } from './media.dto.ts';
import * as repo from './media.repo.ts';
import { publicUrl } from './media.service.ts';
import type { MediaVariant } from './media.tables.ts';
import { typeLabel } from './media-sniff.ts';
import { servableHash } from './media-store.ts';

// Reads of the media library for other modules (news, documents, the home page) and for the
// public file route. Nothing here writes.

export const DEFAULT_SIZES = '(min-width: 60rem) 60rem, 100vw';

function displayOf(row: repo.MediaRow, sizes: string): ImageForDisplay | null {
  if (row.kind !== 'image') return null;
  const byWidth = (format: 'webp' | 'jpeg') =>
    row.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  const webp = byWidth('webp');
  const jpeg = byWidth('jpeg');
  const largest = jpeg.at(-1);
  if (!largest) return null;
  const srcset = (vs: MediaVariant[]) => vs.map((v) => `${publicUrl(v.path)} ${v.width}w`).join(', ');
  const fallback = jpeg.find((v) => v.width >= 960) ?? largest;
  return {
    src: publicUrl(fallback.path),
    srcset: srcset(webp),
    jpegSrcset: srcset(jpeg),
    sizes,
    width: largest.width,
    height: largest.height,
    alt: row.alt,
    caption: row.caption,
  };
}

/** An image as an <img> shows it, or null when the id is not an image of this tenant. */
export async function getImageForDisplay(
  ctx: Ctx,
  mediaId: string,
  sizes = DEFAULT_SIZES,
): Promise<ImageForDisplay | null> {
  const row = await repo.findMedia(ctx.db, ctx.tenantId, mediaId);
  return row ? displayOf(row, sizes) : null;
}

/** Several images in one query (list pages); ids that are not images of this tenant are absent. */
export async function getImagesForDisplay(
  ctx: Ctx,
  mediaIds: readonly string[],
  sizes = DEFAULT_SIZES,
): Promise<Map<string, ImageForDisplay>> {
  const rows = await repo.findMediaByIds(ctx.db, ctx.tenantId, [...new Set(mediaIds)]);
  const out = new Map<string, ImageForDisplay>();
  for (const row of rows) {
    const d = displayOf(row, sizes);
    if (d) out.set(row.id, d);
  }
  return out;
}

/** Publishing needs a described image: true only for an image of this tenant with a non-empty alt. */
export async function mediaHasAlt(ctx: Ctx, mediaId: string): Promise<boolean> {
  const row = await repo.findMedia(ctx.db, ctx.tenantId, mediaId);
  return row?.kind === 'image' && row.alt.trim().length > 0;
}

/** Document files of this tenant, in the order asked; throws naming the ids that are not. */
export async function getFileAttachments(ctx: Ctx, mediaIds: readonly string[]): Promise<FileAttachment[]> {
  const rows = new Map((await repo.findMediaByIds(ctx.db, ctx.tenantId, mediaIds)).map((r) => [r.id, r]));
  const out: FileAttachment[] = [];
  for (const id of mediaIds) {
    const r = rows.get(id);
    if (r?.kind !== 'file') continue;
    out.push({
      id: r.id,
      name: r.originalName,
      url: publicUrl(r.storagePath),
      mime: r.mime,
      typeLabel: typeLabel(r.mime),
      bytes: r.bytes,
    });
  }
  return out;
}

export interface ServedMedia {
  relPath: string;
  mime: string;
  /** Set for document files: served as a download under the uploaded name. */
  downloadName: string | null;
}

/**
 * What GET /media/<tenant>/<path> may send: only a variant or document file recorded on one of
 * this tenant's assets (never an original, never another tenant's file).
 */
export async function resolvePublicMedia(ctx: Ctx, pathInTenant: string): Promise<ServedMedia | null> {
  const sha = servableHash(pathInTenant);
  if (!sha) return null;
  const row = await repo.findMediaBySha(ctx.db, ctx.tenantId, sha);
  if (!row) return null;
  const relPath = `${ctx.tenantId}/${pathInTenant}`;
  if (row.kind === 'file') {
    return relPath === row.storagePath ? { relPath, mime: row.mime, downloadName: row.originalName } : null;
  }
  const variant = row.variants.find((v) => v.path === relPath);
  if (!variant) return null;
  return { relPath, mime: variant.format === 'webp' ? 'image/webp' : 'image/jpeg', downloadName: null };
}

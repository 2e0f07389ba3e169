import type { MediaVariant } from '../media/media.tables.ts';

/** A responsive image ready for <img src srcset width height alt>. */
export interface CoverImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
}

/** What article-cover.repo reads of a media asset. */
export interface CoverSource {
  id: string;
  alt: string;
  caption: string;
  variants: readonly MediaVariant[];
}

export const mediaUrl = (path: string): string => `/media/${path.replace(/^\/+/, '')}`;

// The src (and the width/height that reserve its box) is a middle-sized JPEG: every browser shows
// it, and it is what crawlers and Open Graph pick up. The srcset prefers WebP, which is smaller.
const FALLBACK_WIDTH = 800;

/** Builds the responsive cover from the asset's variants; null when it has none (not processed). */
export function coverImage(source: CoverSource | undefined): CoverImage | null {
  if (!source || source.variants.length === 0) return null;
  const webp = source.variants.filter((v) => v.format === 'webp');
  const set = (webp.length > 0 ? webp : source.variants).slice().sort((a, b) => a.width - b.width);
  const jpeg = source.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const pool = jpeg.length > 0 ? jpeg : set;
  const fallback = pool.filter((v) => v.width <= FALLBACK_WIDTH).at(-1) ?? pool[0];
  if (!fallback) return null;
  return {
    src: mediaUrl(fallback.path),
    srcset: set.map((v) => `${mediaUrl(v.path)} ${v.width}w`).join(', '),
    width: fallback.width,
    height: fallback.height,
    alt: source.alt,
  };
}

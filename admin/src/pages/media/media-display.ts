import type { MediaDto } from '../../api/media-library-api';
import { formatBytes } from './upload-rules';

/** WebP widths as a srcset, so a card loads the 320 px variant and a sharp screen the 640 px one. */
export function thumbnailOf(asset: MediaDto): { src: string; srcSet: string } | null {
  if (asset.kind !== 'image') return null;
  const webp = asset.variants.filter((v) => v.format === 'webp');
  const smallest = webp[0] ?? asset.variants[0];
  if (!smallest) return { src: asset.url, srcSet: '' };
  return { src: smallest.url, srcSet: webp.map((v) => `${v.url} ${v.width}w`).join(', ') };
}

/** "Ảnh JPEG · 1,2 MB · 1920×1080" */
export function describeAsset(asset: MediaDto): string {
  const parts = [asset.typeLabel, formatBytes(asset.bytes)];
  if (asset.width && asset.height) parts.push(`${asset.width}×${asset.height}`);
  return parts.join(' · ');
}

/** Absolute address to paste elsewhere (the API gives a path on this site). */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

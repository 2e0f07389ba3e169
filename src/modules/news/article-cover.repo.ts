import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { mediaAssets } from '../media/media.tables.ts';
import type { CoverSource } from './cover-image.ts';

/**
 * The one read of the media library the news module needs: cover images by id, in one query
 * for a whole list (no query per article). The media module owns everything else about assets.
 */
export async function findCoverSources(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, CoverSource>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: mediaAssets.id,
      alt: mediaAssets.alt,
      caption: mediaAssets.caption,
      variants: mediaAssets.variants,
    })
    .from(mediaAssets)
    .where(
      and(eq(mediaAssets.tenantId, tenantId), eq(mediaAssets.kind, 'image'), inArray(mediaAssets.id, unique)),
    );
  return new Map(rows.map((r) => [r.id, r]));
}

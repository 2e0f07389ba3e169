import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { type MediaVariant, mediaAssets } from '../media/media.tables.ts';
import { searchEntries } from '../search/search.tables.ts';

/** Test-only probe: the search row an article has (or not), read straight from the table. */
export async function findArticleSearchEntry(db: Executor, tenantId: string, articleId: string) {
  const [row] = await db
    .select({ url: searchEntries.url, title: searchEntries.title, body: searchEntries.body })
    .from(searchEntries)
    .where(
      and(
        eq(searchEntries.tenantId, tenantId),
        eq(searchEntries.kind, 'article'),
        eq(searchEntries.refId, articleId),
      ),
    );
  return row;
}

/** Test-only: an image in the media library with the given variants (the media module makes real ones). */
export async function insertTestImage(
  db: Executor,
  tenantId: string,
  alt: string,
  variants: MediaVariant[],
): Promise<string> {
  const [row] = await db
    .insert(mediaAssets)
    .values({
      tenantId,
      kind: 'image',
      originalName: 'anh.jpg',
      mime: 'image/jpeg',
      bytes: 1000,
      sha256: randomUUID(),
      width: 1600,
      height: 900,
      alt,
      caption: 'Ảnh: T.T',
      storagePath: 'goc/anh.jpg',
      variants,
    })
    .returning({ id: mediaAssets.id });
  return row?.id as string;
}

// The pages module's part of demo data: counting and removing is_demo pages and website links,
// and telling whether a page shows a picture.
import { and, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { pages, websiteLinks } from './pages.tables.ts';

export async function countDemoPages(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pages)
    .where(and(eq(pages.tenantId, tenantId), eq(pages.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function countDemoLinks(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(websiteLinks)
    .where(and(eq(websiteLinks.tenantId, tenantId), eq(websiteLinks.isDemo, true)));
  return Number(row?.n ?? 0);
}

export async function anyPage(db: Executor, tenantId: string): Promise<boolean> {
  const rows = await db.select({ id: pages.id }).from(pages).where(eq(pages.tenantId, tenantId)).limit(1);
  return rows.length > 0;
}

export async function deleteDemoPages(db: Executor, tenantId: string): Promise<string[]> {
  const gone = await db
    .delete(pages)
    .where(and(eq(pages.tenantId, tenantId), eq(pages.isDemo, true)))
    .returning({ id: pages.id });
  return gone.map((g) => g.id);
}

export async function deleteDemoLinks(db: Executor, tenantId: string): Promise<string[]> {
  const gone = await db
    .delete(websiteLinks)
    .where(and(eq(websiteLinks.tenantId, tenantId), eq(websiteLinks.isDemo, true)))
    .returning({ id: websiteLinks.id });
  return gone.map((g) => g.id);
}

/** Whether a page body shows the picture (by id in data-media-id, or by the hash in its URL). */
export async function pageShowsMedia(
  db: Executor,
  tenantId: string,
  media: { id: string; sha256: string },
): Promise<boolean> {
  const rows = await db
    .select({ id: pages.id })
    .from(pages)
    .where(
      and(
        eq(pages.tenantId, tenantId),
        sql`(position(${media.id} in ${pages.bodyHtml}) > 0 or position(${media.sha256} in ${pages.bodyHtml}) > 0)`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

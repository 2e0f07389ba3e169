import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
import { menuItems } from './pages.tables.ts';

export type MenuRow = typeof menuItems.$inferSelect;

export interface MenuTreeInput {
  label: string;
  url: string;
  children: { label: string; url: string }[];
}

export async function listMenuRows(db: Executor, tenantId: string): Promise<MenuRow[]> {
  return db
    .select()
    .from(menuItems)
    .where(eq(menuItems.tenantId, tenantId))
    .orderBy(asc(menuItems.position), asc(menuItems.id));
}

/** Replaces the tenant's whole menu (a handful of rows: delete and insert in the caller's transaction). */
export async function replaceMenu(
  db: Executor,
  tenantId: string,
  items: readonly MenuTreeInput[],
): Promise<void> {
  await db.delete(menuItems).where(eq(menuItems.tenantId, tenantId));
  for (const [position, item] of items.entries()) {
    const [parent] = await db
      .insert(menuItems)
      .values({ tenantId, label: item.label, url: item.url, position })
      .returning({ id: menuItems.id });
    if (!parent) throw new Error('menu insert returned nothing');
    if (item.children.length === 0) continue;
    await db.insert(menuItems).values(
      item.children.map((c, i) => ({
        tenantId,
        parentId: parent.id,
        label: c.label,
        url: c.url,
        position: i,
      })),
    );
  }
}

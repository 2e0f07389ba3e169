import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/types.ts';
// The one read of another module's table, agreed with the news module: the filter needs every
// category (hierarchy included) and news has no service for that yet. Read-only, tenant-scoped.
import { categories } from '../news/news.tables.ts';

export interface CategoryRow {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
}

/** The tenant's news categories, in their menu order. */
export async function selectCategories(db: Executor, tenantId: string): Promise<CategoryRow[]> {
  return db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      name: categories.name,
      slug: categories.slug,
    })
    .from(categories)
    .where(eq(categories.tenantId, tenantId))
    .orderBy(asc(categories.position), asc(categories.name));
}

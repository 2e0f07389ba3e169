import { sql } from 'drizzle-orm';
import { customType, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const weighted = (fold: boolean) => {
  const f = (col: string) => (fold ? `f_unaccent(coalesce(${col}, ''))` : `coalesce(${col}, '')`);
  return sql.raw(
    `setweight(to_tsvector('simple', ${f('title')}), 'A') || ` +
      `setweight(to_tsvector('simple', ${f('summary')}), 'B') || ` +
      `setweight(to_tsvector('simple', ${f('body')}), 'C')`,
  );
};

/**
 * One row per searchable thing (article, legal document, page; later organisations and
 * products), written by the owning module's service in the same transaction as the content.
 * Vectors are stored, not computed per query: rechecks over an unaccent expression cost seconds.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    url: text('url').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    // Filters: the article's category, the document's type.
    categoryId: uuid('category_id'),
    facet: text('facet'),
    // Folded (no diacritics) vector matches what people type; the exact one ranks true spellings first.
    tsv: tsvector('tsv').notNull().generatedAlwaysAs(weighted(true)),
    tsvExact: tsvector('tsv_exact').notNull().generatedAlwaysAs(weighted(false)),
    titleFolded: text('title_folded').notNull().generatedAlwaysAs(sql`lower(f_unaccent(title))`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind, t.refId] }),
    index('search_entries_tsv_idx').using('gin', t.tsv),
    index('search_entries_title_trgm_idx').using('gin', sql`${t.titleFolded} gin_trgm_ops`),
    index('search_entries_recent_idx').on(t.tenantId, t.publishedAt.desc()),
  ],
);

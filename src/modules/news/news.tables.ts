import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Hierarchical news categories ("Điểm tin", "Tin từ các đơn vị", …). */
export const categories = pgTable(
  'categories',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    // Main categories get a block on the home page.
    showOnHome: boolean('show_on_home').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    ...stamps,
  },
  (t) => [
    uniqueIndex('categories_slug_uq').on(t.tenantId, t.slug),
    index('categories_parent_idx').on(t.tenantId, t.parentId),
  ],
);

/**
 * draft → submitted (chờ duyệt) → published | returned; published → archived.
 * A published article whose published_at lies ahead is scheduled: public reads filter on time.
 */
export const articles = pgTable(
  'articles',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    // Sanitized on the server, whatever the editor sent.
    bodyHtml: text('body_html').notNull().default(''),
    coverMediaId: uuid('cover_media_id'),
    authorLine: text('author_line').notNull().default(''),
    sourceName: text('source_name').notNull().default(''),
    sourceUrl: text('source_url').notNull().default(''),
    categoryId: uuid('category_id').notNull(),
    featured: boolean('featured').notNull().default(false),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    status: text('status').notNull().default('draft'),
    reviewComment: text('review_comment').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // Optimistic locking: an update names the version it started from.
    version: integer('version').notNull().default(1),
    viewCount: bigint('view_count', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    ...stamps,
  },
  (t) => [
    uniqueIndex('articles_slug_uq').on(t.tenantId, t.slug),
    // Both end in the lists' ORDER BY (published_at desc, id desc), so a page of cards is read in
    // index order and the scan stops at LIMIT instead of sorting every published article.
    index('articles_public_order_idx').on(t.tenantId, t.status, t.publishedAt.desc(), t.id.desc()),
    index('articles_category_order_idx').on(t.tenantId, t.categoryId, t.publishedAt.desc(), t.id.desc()),
    index('articles_featured_idx')
      .on(t.tenantId, t.publishedAt.desc())
      .where(sql`featured and status = 'published'`),
  ],
);

/** Slugs an article had before: they answer 301 to the current one. */
export const articleOldSlugs = pgTable(
  'article_old_slugs',
  {
    tenantId: tenantId(),
    slug: text('slug').notNull(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.slug] })],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    tenantId: tenantId(),
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_revisions_article_idx').on(t.tenantId, t.articleId, t.version.desc())],
);

export const tags = pgTable(
  'tags',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_uq').on(t.tenantId, t.slug)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    tenantId: tenantId(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tenantId, t.tagId),
  ],
);

import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** Static pages under /gioi-thieu/… (Giới thiệu, Cơ cấu tổ chức, Chức năng nhiệm vụ, …). */
export const pages = pgTable(
  'pages',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull().default(''),
    position: integer('position').notNull().default(0),
    published: boolean('published').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pages_slug_uq').on(t.tenantId, t.slug)],
);

/** The public main menu, edited by staff. */
export const menuItems = pgTable('menu_items', {
  tenantId: tenantId(),
  id: uuid('id').primaryKey().defaultRandom(),
  parentId: uuid('parent_id'),
  label: text('label').notNull(),
  url: text('url').notNull(),
  position: integer('position').notNull().default(0),
});

/** "Liên kết website". */
export const websiteLinks = pgTable('website_links', {
  tenantId: tenantId(),
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  url: text('url').notNull(),
  position: integer('position').notNull().default(0),
  isDemo: boolean('is_demo').notNull().default(false),
});

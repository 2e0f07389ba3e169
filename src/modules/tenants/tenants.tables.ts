import { sql } from 'drizzle-orm';
import { boolean, char, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SiteSettings } from './tenants.dto.ts';

/** One Cooperative Alliance (a province, or the national VCA). Not tenant-owned itself. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    provinceCode: char('province_code', { length: 2 }).notNull(),
    isNational: boolean('is_national').notNull().default(false),
    hosts: text('hosts').array().notNull().default(sql`'{}'::text[]`),
    settings: jsonb('settings').$type<SiteSettings>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tenants_code_uq').on(t.code)],
);

import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

export interface MediaVariant {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  /** Relative to DATA_DIR/media. */
  path: string;
  bytes: number;
}

/** Uploaded images (re-encoded into responsive variants) and document files. */
export const mediaAssets = pgTable(
  'media_assets',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // 'image' | 'file'
    originalName: text('original_name').notNull(),
    // Sniffed from the bytes, never taken from the upload's claim.
    mime: text('mime').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    storagePath: text('storage_path').notNull(),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    createdBy: uuid('created_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_assets_recent_idx').on(t.tenantId, t.createdAt.desc()),
    uniqueIndex('media_assets_sha_uq').on(t.tenantId, t.sha256),
  ],
);

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** Readers' feedback ("Phản hồi"): pending until staff approve it, with the alliance's reply. */
export const feedback = pgTable(
  'feedback',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    // The article it was sent from; null for the general contact form.
    articleId: uuid('article_id'),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    message: text('message').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected | spam
    reply: text('reply').notNull().default(''),
    repliedBy: uuid('replied_by'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    // Salted hash, never the address itself.
    ipHash: text('ip_hash').notNull(),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_queue_idx').on(t.tenantId, t.status, t.createdAt.desc()),
    index('feedback_article_idx').on(t.tenantId, t.articleId, t.createdAt),
  ],
);

export const blockedSenders = pgTable('blocked_senders', {
  tenantId: tenantId(),
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email'),
  ipHash: text('ip_hash'),
  reason: text('reason').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

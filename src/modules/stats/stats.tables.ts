import { bigint, date, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.tables.ts';

/** Unique visitors per Viet Nam calendar day, flushed from memory every few seconds. */
export const visitDays = pgTable(
  'visit_days',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    day: date('day').notNull(),
    visits: bigint('visits', { mode: 'number' }).notNull().default(0),
    pageViews: bigint('page_views', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);

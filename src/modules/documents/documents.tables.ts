import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { mediaAssets } from '../media/media.tables.ts';
import { tenants } from '../tenants/tenants.tables.ts';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** Legal documents library (văn bản), as government portals publish them (Decree 42/2022). */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(), // số ký hiệu, e.g. "12/BC-LMHTX"
    docType: text('doc_type').notNull(),
    issuer: text('issuer').notNull(),
    signer: text('signer').notNull().default(''),
    issuedOn: date('issued_on').notNull(),
    effectiveOn: date('effective_on'),
    summary: text('summary').notNull(), // trích yếu
    field: text('field').notNull().default(''), // lĩnh vực
    status: text('status').notNull().default('con_hieu_luc'),
    replacedById: uuid('replaced_by_id'),
    published: boolean('published').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('legal_documents_issued_idx').on(t.tenantId, t.issuedOn.desc()),
    index('legal_documents_type_idx').on(t.tenantId, t.docType, t.issuedOn.desc()),
  ],
);

export const legalDocumentFiles = pgTable(
  'legal_document_files',
  {
    tenantId: tenantId(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => legalDocuments.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => mediaAssets.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.mediaId] })],
);

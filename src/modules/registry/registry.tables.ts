import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.ts';
import { mediaAssets } from '../media/media.tables.ts';
import { tenants } from '../tenants/tenants.tables.ts';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * The register of the collective economy: one row per THT, HTX, LHHTX, QTDND or member
 * enterprise. Yearly numbers live in org_figures, never as columns here.
 */
export const organizations = pgTable(
  'organizations',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // THT | HTX | LHHTX | QTDND | DN
    name: text('name').notNull(),
    shortName: text('short_name').notNull().default(''),
    slug: text('slug').notNull(),
    // Mã số HTX / mã số thuế; a THT may have none.
    regCode: text('reg_code'),
    registeredOn: date('registered_on'),
    registrationAuthority: text('registration_authority').notNull().default(''),
    foundedOn: date('founded_on'),
    // Address after the 2025 reorganisation, and the text as it was written.
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    street: text('street').notNull().default(''),
    addressOriginal: text('address_original').notNull().default(''),
    sectorPrimary: text('sector_primary').notNull().default('khac'),
    sectorsOther: text('sectors_other').array().notNull().default(sql`'{}'::text[]`),
    representativeName: text('representative_name').notNull().default(''),
    representativeTitle: text('representative_title').notNull().default(''),
    // Shown in the public directory.
    publicPhone: text('public_phone').notNull().default(''),
    publicEmail: text('public_email').notNull().default(''),
    website: text('website').notNull().default(''),
    // Staff only: never rendered publicly, never indexed for search.
    privateContactName: text('private_contact_name').notNull().default(''),
    privatePhone: text('private_phone').notNull().default(''),
    privateEmail: text('private_email').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    status: text('status').notNull().default('dang_hoat_dong'),
    statusSince: date('status_since'),
    convertedToLaw2023: boolean('converted_to_law_2023').notNull().default(false),
    convertedOn: date('converted_on'),
    sizeClass: text('size_class'), // sieu_nho | nho | vua | lon
    allianceMemberSince: date('alliance_member_since'), // kết nạp
    allianceMemberUntil: date('alliance_member_until'),
    nationalId: text('national_id'),
    notes: text('notes').notNull().default(''),
    // A record merged into another stays (history, audit) but leaves lists and the directory.
    mergedIntoId: uuid('merged_into_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Folded lower-case name and search text: accent-insensitive search and sorting by index.
    nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`lower(f_unaccent(name))`),
    searchFolded: text('search_folded')
      .notNull()
      .generatedAlwaysAs(
        sql`lower(f_unaccent(name || ' ' || short_name || ' ' || coalesce(reg_code, '') || ' ' || representative_name))`,
      ),
  },
  (t) => [
    uniqueIndex('organizations_reg_code_uq')
      .on(t.tenantId, t.regCode)
      .where(sql`${t.regCode} is not null and ${t.mergedIntoId} is null`),
    uniqueIndex('organizations_slug_uq').on(t.tenantId, t.slug),
    index('organizations_name_idx').on(t.tenantId, t.nameFolded),
    index('organizations_kind_idx').on(t.tenantId, t.kind, t.nameFolded),
    index('organizations_commune_idx').on(t.tenantId, t.communeCode),
    index('organizations_created_idx').on(t.tenantId, t.createdAt.desc()),
    index('organizations_search_trgm_idx').using('gin', sql`${t.searchFolded} gin_trgm_ops`),
  ],
);

/** Every status an organisation has had, with the day it took effect. */
export const orgStatusHistory = pgTable(
  'org_status_history',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    since: date('since').notNull(),
    note: text('note').notNull().default(''),
    changedBy: uuid('changed_by'),
    createdAt: createdAt(),
  },
  (t) => [index('org_status_history_org_idx').on(t.tenantId, t.orgId, t.since.desc())],
);

/** Members of a union (LHHTX → HTX). */
export const orgUnionMembers = pgTable(
  'org_union_members',
  {
    tenantId: tenantId(),
    unionId: uuid('union_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
  },
  (t) => [
    primaryKey({ columns: [t.unionId, t.memberId] }),
    index('org_union_members_member_idx').on(t.tenantId, t.memberId),
  ],
);

/** Charter, registration certificate and other files of an organisation (stored by media). */
export const orgAttachments = pgTable(
  'org_attachments',
  {
    tenantId: tenantId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id')
      .notNull()
      .references(() => mediaAssets.id),
    kind: text('kind').notNull().default('khac'), // dieu_le | giay_chung_nhan | khac
    title: text('title').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.mediaId] })],
);

/** A thanh_vien account speaks for exactly one organisation. */
export const orgRepresentatives = pgTable(
  'org_representatives',
  {
    tenantId: tenantId(),
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [index('org_representatives_org_idx').on(t.tenantId, t.orgId)],
);

/**
 * The indicator dictionary (national, shared by all tenants): adding an indicator is a row,
 * not a column.
 */
export const indicators = pgTable('indicators', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  unit: text('unit').notNull(), // người | đồng | %
  valueType: text('value_type').notNull(), // integer | money | decimal
  help: text('help').notNull().default(''),
  position: integer('position').notNull().default(0),
  required: boolean('required').notNull().default(false),
  // Empty: every kind reports it.
  appliesTo: text('applies_to').array().notNull().default(sql`'{}'::text[]`),
  active: boolean('active').notNull().default(true),
});

/** Validation rules over the yearly figures, in data, each with its legal basis. */
export const figureRules = pgTable('figure_rules', {
  code: text('code').primaryKey(),
  severity: text('severity').notNull(), // hard | soft
  // min | max | not_greater_than | required | yoy_change
  check: text('check').notNull(),
  indicatorCode: text('indicator_code')
    .notNull()
    .references(() => indicators.code),
  otherIndicatorCode: text('other_indicator_code').references(() => indicators.code),
  threshold: numeric('threshold', { mode: 'number' }),
  appliesTo: text('applies_to').array().notNull().default(sql`'{}'::text[]`),
  message: text('message').notNull(),
  legalBasis: text('legal_basis').notNull().default(''),
  active: boolean('active').notNull().default(true),
});

/** Rating bands, versioned: each version applies from a year on (Circular 01/2020 by default). */
export const ratingBandSets = pgTable('rating_band_sets', {
  id: text('id').primaryKey(),
  fromYear: integer('from_year').notNull(),
  legalBasis: text('legal_basis').notNull(),
  // [{ grade: 'tot', minScore: 80 }, …] highest first.
  bands: jsonb('bands').notNull(),
  minMonthsOperating: integer('min_months_operating').notNull().default(12),
});

/** organisation × year × indicator. */
export const orgFigures = pgTable(
  'org_figures',
  {
    tenantId: tenantId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    value: numeric('value', { mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.year, t.indicatorCode] }),
    index('org_figures_year_idx').on(t.tenantId, t.year, t.indicatorCode),
  ],
);

export const orgRatings = pgTable(
  'org_ratings',
  {
    tenantId: tenantId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    grade: text('grade').notNull(), // tot | kha | trung_binh | yeu | khong_xep_loai
    score: numeric('score', { mode: 'number' }),
    bandSetId: text('band_set_id').references(() => ratingBandSets.id),
    note: text('note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.year] }),
    index('org_ratings_year_idx').on(t.tenantId, t.year, t.grade),
  ],
);

/** One organisation's yearly report: chua_nop → da_nop → da_duyet | tra_lai. */
export const orgReports = pgTable(
  'org_reports',
  {
    tenantId: tenantId(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('chua_nop'),
    // Profile changes the member proposes, applied when staff approve.
    profileChanges: jsonb('profile_changes'),
    comment: text('comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.year] }),
    index('org_reports_year_idx').on(t.tenantId, t.year, t.status),
  ],
);

/** The day members must have reported year N by (15/12 when no row). */
export const reportingDeadlines = pgTable(
  'reporting_deadlines',
  {
    tenantId: tenantId(),
    year: integer('year').notNull(),
    deadline: date('deadline').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

/** An Excel import: the original file, the mapping, the dry run and what was committed. */
export const orgImports = pgTable(
  'org_imports',
  {
    tenantId: tenantId(),
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    fileName: text('file_name').notNull(),
    // Relative to DATA_DIR: the original upload and the downloadable report.
    filePath: text('file_path').notNull(),
    reportPath: text('report_path'),
    sheetName: text('sheet_name'),
    year: integer('year'),
    // uploaded | needs_sheet | previewing | previewed | committing | committed | failed
    status: text('status').notNull(),
    mapping: jsonb('mapping'),
    choices: jsonb('choices'),
    preview: jsonb('preview'),
    counts: jsonb('counts'),
    progress: integer('progress').notNull().default(0),
    error: text('error'),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('org_imports_recent_idx').on(t.tenantId, t.createdAt.desc())],
);

import { sql } from 'drizzle-orm';
import { char, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

// Reference data shared by every tenant (Resolution 202/2025/QH15): not tenant-owned.

export const provinces = pgTable('provinces', {
  code: char('code', { length: 2 }).primaryKey(),
  name: text('name').notNull(),
  placeType: text('place_type').notNull(),
  nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`lower(f_unaccent(name))`),
});

export const communes = pgTable(
  'communes',
  {
    code: char('code', { length: 5 }).primaryKey(),
    name: text('name').notNull(),
    provinceCode: char('province_code', { length: 2 })
      .notNull()
      .references(() => provinces.code),
    nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`lower(f_unaccent(name))`),
  },
  (t) => [
    index('communes_province_idx').on(t.provinceCode),
    index('communes_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
  ],
);

/** Pre-2025 communes and where they went (a commune can map to several new ones). */
export const legacyCommunes = pgTable(
  'legacy_communes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    oldCode: text('old_code').notNull(),
    oldName: text('old_name').notNull(),
    oldDistrict: text('old_district').notNull(),
    oldProvince: text('old_province').notNull(),
    newCode: char('new_code', { length: 5 })
      .notNull()
      .references(() => communes.code),
    oldNameFolded: text('old_name_folded').notNull().generatedAlwaysAs(sql`lower(f_unaccent(old_name))`),
    oldDistrictFolded: text('old_district_folded')
      .notNull()
      .generatedAlwaysAs(sql`lower(f_unaccent(old_district))`),
    oldProvinceFolded: text('old_province_folded')
      .notNull()
      .generatedAlwaysAs(sql`lower(f_unaccent(old_province))`),
  },
  (t) => [
    index('legacy_communes_name_idx').on(t.oldNameFolded),
    index('legacy_communes_new_idx').on(t.newCode),
  ],
);

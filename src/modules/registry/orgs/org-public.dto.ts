import { z } from 'zod';
import { OrgKind, OrgStatus, Sector, SizeClass } from '../registry-enums.dto.ts';

/**
 * What the public directory may show of an organisation. Private contacts, notes, the original
 * address text and internal ids are not part of it, so they cannot leak into a page.
 */
export const PublicOrgSummary = z.object({
  slug: z.string(),
  url: z.string(),
  kind: OrgKind,
  name: z.string(),
  shortName: z.string(),
  regCode: z.string().nullable(),
  communeName: z.string().nullable(),
  provinceName: z.string().nullable(),
  sectorPrimary: Sector,
  status: OrgStatus,
});
export type PublicOrgSummary = z.infer<typeof PublicOrgSummary>;

export const PublicOrgProfile = PublicOrgSummary.extend({
  registeredOn: z.string().nullable(),
  registrationAuthority: z.string(),
  foundedOn: z.string().nullable(),
  communeCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  street: z.string(),
  sectorsOther: z.array(Sector),
  representativeName: z.string(),
  representativeTitle: z.string(),
  publicPhone: z.string(),
  publicEmail: z.string(),
  website: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  statusSince: z.string().nullable(),
  convertedToLaw2023: z.boolean(),
  convertedOn: z.string().nullable(),
  sizeClass: SizeClass.nullable(),
  allianceMember: z.boolean(),
  /** ISO instant of the last change (sitemap lastmod, JSON-LD). */
  updatedAt: z.string(),
});
export type PublicOrgProfile = z.infer<typeof PublicOrgProfile>;

/** The directory's filters; the page size is the directory's choice. */
export const PublicOrgQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: OrgKind.optional(),
  sector: Sector.optional(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type PublicOrgQuery = z.input<typeof PublicOrgQuery>;

export const PublicOrgPage = z.object({
  items: z.array(PublicOrgSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicOrgPage = z.infer<typeof PublicOrgPage>;

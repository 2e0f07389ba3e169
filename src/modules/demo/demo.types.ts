// Shapes of the demo alliance's content: pure data the loader turns into categories, articles,
// documents, pages, links, settings and media of the default tenant (all flagged is_demo).
import type { DocumentStatus, DocumentType } from '../documents/document-types.dto.ts';
import type { SiteSettings } from '../tenants/tenants.dto.ts';
import type { DemoImageKey } from './demo-images.data.ts';

export type { DemoImageKey };

/** One generated illustration: its key, the alt text it carries and a default caption. */
export interface DemoImageInfo {
  key: string;
  /** Describes what the picture shows (the pictures carry no text). */
  alt: string;
  caption: string;
}

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  /** Order among its siblings, from 1. */
  position: number;
  showOnHome: boolean;
  /** Slug of the parent category; null at the top level. */
  parentSlug: string | null;
}

/** The newsroom states the demo shows; scheduled = 'published' with a negative daysAgo. */
export type DemoArticleStatus = 'published' | 'submitted' | 'draft';

/** "HH:MM", Vietnam local time (UTC+7). */
export type DemoClock = `${number}${number}:${number}${number}`;

export interface DemoArticle {
  /** ASCII kebab-case, unique. */
  slug: string;
  /** May contain year tokens ({{nam}}, {{nam_truoc}}, {{nam_sau}}): see resolveYearTokens. */
  title: string;
  summary: string;
  /**
   * Sanitized rich text (survives sanitizeRichText unchanged). Inline pictures are
   * `<img src="/demo-image/KEY" alt="…" />` inside a <figure>: the loader swaps the src for the
   * stored media's URL (see replaceDemoImages).
   */
  bodyHtml: string;
  categorySlug: string;
  tags: readonly string[];
  authorLine: string;
  sourceName?: string;
  sourceUrl?: string;
  featured: boolean;
  coverImageKey?: DemoImageKey;
  /** Days before "now" (Vietnam calendar); negative: scheduled in the future. */
  daysAgo: number;
  time: DemoClock;
  status: DemoArticleStatus;
}

export interface DemoDocument {
  /** Số ký hiệu, unique. */
  number: string;
  docType: DocumentType;
  issuer: string;
  /** Empty when not known for certain (national documents). */
  signer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** YYYY-MM-DD or null when not applicable. */
  effectiveOn: string | null;
  /** Trích yếu. */
  summary: string;
  /** Lĩnh vực. */
  field: string;
  status: DocumentStatus;
  /** With status 'bi_thay_the': the number of the replacing document (also in the demo set). */
  replacedByNumber?: string;
}

export interface DemoPage {
  slug: string;
  title: string;
  bodyHtml: string;
  position: number;
}

export interface DemoLink {
  title: string;
  url: string;
  position: number;
}

/** The tenant's site settings while the demo is loaded. */
export type DemoSiteSettings = SiteSettings;

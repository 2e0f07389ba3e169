// Loads the demo alliance ("tỉnh Hòa Sơn") into a tenant through the modules' own services, so
// the demo content is exactly what staff could have written: sanitized, indexed for search,
// audited, with revisions. Every row is flagged is_demo for "Xóa dữ liệu minh họa".
//
// Order and atomicity:
//   1. The pictures are drawn (renderDemoImage) and stored through uploadMedia first: files plus
//      one media row each, every upload in its own short transaction. Encoding the responsive
//      variants is most of the seeding time (seconds of CPU); doing it outside the content
//      transaction keeps the database free for other requests meanwhile (PGlite has one
//      connection: an open transaction makes every other query wait).
//   2. Everything else — categories, articles (created, then submitted or published through the
//      workflow service), documents, pages, links, the cooperative register (demo-registry.service.ts:
//      organisations with figures, ratings and reports, in bulk), site settings and the `demo.seed`
//      audit entry —
//      goes in ONE transaction.
//   3. If anything fails, the media rows created in step 1 are deleted and their files removed:
//      nothing stays behind.
import { availableParallelism } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import type { Db } from '../../core/db/types.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DocumentInput } from '../documents/documents.dto.ts';
import { createDocument } from '../documents/documents.service.ts';
import type { MediaDto } from '../media/media.dto.ts';
import { uploadMedia } from '../media/media.service.ts';
import { discardNewMedia } from '../media/media-demo.service.ts';
import { MediaStore } from '../media/media-store.ts';
import { ArticleInput } from '../news/article.dto.ts';
import { createArticle } from '../news/article.service.ts';
import { publishArticle, submitArticle, type WorkflowOptions } from '../news/article-workflow.service.ts';
import { CategoryCreate } from '../news/category.dto.ts';
import { createCategory } from '../news/category.service.ts';
import { LinkInput } from '../pages/links.dto.ts';
import { createLink } from '../pages/links.service.ts';
import { createPage } from '../pages/pages.service.ts';
import { TenantDirectory } from '../tenants/tenant-directory.ts';
import type { SiteSettings } from '../tenants/tenants.dto.ts';
import { getTenant, reloadTenantDirectory, updateTenantSettings } from '../tenants/tenants.service.ts';
import * as repo from './demo.repo.ts';
import type { DemoDocument } from './demo.types.ts';
import {
  DEMO_CATEGORIES,
  DEMO_DOCUMENTS,
  DEMO_LINKS,
  DEMO_PAGES,
  DEMO_SITE_SETTINGS,
  demoImageKeysUsed,
  materializeDemoArticles,
  replaceDemoImages,
} from './demo-content.ts';
import { type DemoImageKey, demoImageInfo, renderDemoImage } from './demo-images.ts';
import { countDemoContent, type DemoCounts, tenantHasContent } from './demo-inventory.service.ts';
import { loadDemoRegister } from './demo-registry.service.ts';

/**
 * The tenant name a fresh installation gets when TENANT_NAME is not configured (config.ts): it
 * names no province. While the tenant still has it, the demo renames the tenant to the demo
 * alliance too, or the header would read "Liên minh Hợp tác xã tỉnh" over "… tỉnh Hòa Sơn". A
 * configured name (a real alliance trying the demo) is kept. Removal restores the name and the
 * settings from the `demo.seed` audit entry, unless staff changed them in between.
 */
export const DEFAULT_TENANT_NAME = 'Liên minh Hợp tác xã tỉnh';

/** Pictures are drawn at this size (16:9), then stored like any upload (responsive variants). */
export const DEMO_IMAGE_SIZE = { width: 1200, height: 675 } as const;

const SYSTEM: WorkflowOptions = { asSystem: true };

/** The demo only goes into an empty tenant (409). */
export class TenantNotEmpty extends AppError {
  constructor() {
    super('CONFLICT', {
      message:
        'Trang đã có bài viết, văn bản, trang tĩnh hoặc tổ chức trong sổ đăng ký: không nạp dữ liệu minh họa.',
    });
  }
}

export interface DemoSeedOptions {
  store: MediaStore;
  now: Date;
  /** Smaller pictures make tests faster; defaults to DEMO_IMAGE_SIZE. */
  imageSize?: { width: number; height: number };
}

export interface DemoSeedSummary {
  counts: DemoCounts & { categories: number; scheduled: number; submitted: number; drafts: number };
  /** Wall time of the whole seeding, of the pictures alone (drawing and encoding), and of the register. */
  ms: number;
  imageMs: number;
  registerMs: number;
  tenantRenamed: boolean;
}

/** `<img>` for an article body, as the console's editor inserts a library image (bodyImageAttrs). */
function bodyImage(media: MediaDto, alt: string): string {
  const byWidth = (a: { width: number }, b: { width: number }) => a.width - b.width;
  const webp = media.variants.filter((v) => v.format === 'webp').sort(byWidth);
  const jpeg = media.variants.filter((v) => v.format === 'jpeg').sort(byWidth);
  const fallback = jpeg.filter((v) => v.width <= 800).at(-1) ?? jpeg[0];
  const attrs = [
    `src="${fallback?.url ?? media.url}"`,
    ...(webp.length > 0
      ? [
          `srcset="${webp.map((v) => `${v.url} ${v.width}w`).join(', ')}"`,
          `sizes="(min-width: 64em) 46rem, 100vw"`,
        ]
      : []),
    `width="${fallback?.width ?? media.width ?? ''}"`,
    `height="${fallback?.height ?? media.height ?? ''}"`,
    // Already HTML-escaped in the demo body it comes from.
    `alt="${alt}"`,
    `data-media-id="${media.id}"`,
  ];
  return `<img ${attrs.join(' ')} />`;
}

/**
 * Runs `work` over `items`, `limit` at a time, keeping the order of results. On a failure no new
 * item starts, and the error is thrown only once the items already started have finished: the
 * caller's cleanup then sees everything that was created.
 */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}

/** Draws and stores every picture the demo uses, once each. */
async function storeImages(
  ctx: Ctx,
  store: MediaStore,
  size: { width: number; height: number },
  created: string[],
): Promise<Map<DemoImageKey, MediaDto>> {
  const keys = demoImageKeysUsed();
  // libvips encodes one image per thread here: one upload per core keeps them all busy.
  const lanes = Math.max(1, Math.min(4, availableParallelism()));
  const assets = await mapLimit(keys, lanes, async (key) => {
    const info = demoImageInfo(key);
    const { asset, created: isNew } = await uploadMedia(ctx, store, {
      fileName: `minh-hoa-${key}.jpg`,
      claimedType: 'image/jpeg',
      bytes: await renderDemoImage(key, size.width, size.height),
      alt: info?.alt ?? '',
      caption: info?.caption ?? 'Ảnh minh họa',
      isDemo: true,
    });
    if (isNew) created.push(asset.id);
    return asset;
  });
  return new Map(keys.map((k, i) => [k, assets[i] as MediaDto]));
}

/** Documents in an order where each replacing document comes before the ones it replaces. */
function replacementOrder(docs: readonly DemoDocument[]): DemoDocument[] {
  const ordered: DemoDocument[] = [];
  const placed = new Set<string>();
  let rest = [...docs];
  while (rest.length > 0) {
    const ready = rest.filter((d) => !d.replacedByNumber || placed.has(d.replacedByNumber));
    if (ready.length === 0)
      throw new Error('demo documents: replacement cycle or unknown replacing document');
    for (const d of ready) {
      ordered.push(d);
      placed.add(d.number);
    }
    rest = rest.filter((d) => !placed.has(d.number));
  }
  return ordered;
}

/** Step 2: the content, in the caller's transaction. */
async function loadContent(
  tx: Ctx,
  images: Map<DemoImageKey, MediaDto>,
  now: Date,
): Promise<Omit<DemoSeedSummary, 'ms' | 'imageMs'>> {
  // Checked again inside the transaction: someone may have started writing meanwhile.
  if (await tenantHasContent(tx)) throw new TenantNotEmpty();

  // Categories: parents first (the data lists them so), positions follow that order.
  const categoryIds = new Map<string, string>();
  for (const c of DEMO_CATEGORIES) {
    const parentId = c.parentSlug ? categoryIds.get(c.parentSlug) : null;
    if (parentId === undefined)
      throw new Error(`demo category ${c.slug}: parent ${c.parentSlug} not created yet`);
    const input = CategoryCreate.parse({
      name: c.name,
      slug: c.slug,
      parentId,
      description: c.description,
      showOnHome: c.showOnHome,
    });
    const dto = await createCategory(tx, input, { isDemo: true });
    categoryIds.set(c.slug, dto.id);
  }

  // Articles, oldest first, each created at the time it was written, then moved through the workflow.
  const media = (key: DemoImageKey) => {
    const m = images.get(key);
    if (!m) throw new Error(`demo image ${key} not stored`);
    return m;
  };
  let scheduled = 0;
  let submitted = 0;
  let drafts = 0;
  for (const a of materializeDemoArticles(now)) {
    const categoryId = categoryIds.get(a.categorySlug);
    if (!categoryId) throw new Error(`demo article ${a.slug}: unknown category ${a.categorySlug}`);
    const input = ArticleInput.parse({
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      bodyHtml: replaceDemoImages(a.bodyHtml, (key, alt) => bodyImage(media(key), alt)),
      coverMediaId: a.coverImageKey ? media(a.coverImageKey).id : null,
      authorLine: a.authorLine,
      sourceName: a.sourceName ?? '',
      sourceUrl: a.sourceUrl ?? '',
      categoryId,
      tags: [...a.tags],
      featured: a.featured,
      publishedAt: a.publishedAt?.toISOString() ?? null,
    });
    const article = await createArticle(tx, input, a.writtenAt, { isDemo: true });
    if (a.status === 'submitted') {
      await submitArticle(tx, article.id, {}, a.writtenAt, SYSTEM);
      submitted++;
    } else if (a.status === 'published' && a.publishedAt) {
      // A future time schedules it: readers see it when the time comes.
      await publishArticle(tx, article.id, { publishedAt: a.publishedAt.toISOString() }, a.writtenAt, SYSTEM);
      if (a.scheduled) scheduled++;
    } else {
      drafts++;
    }
  }

  // Documents: the replacing one first, so its id is known for "bị thay thế".
  const documentIds = new Map<string, string>();
  for (const d of replacementOrder(DEMO_DOCUMENTS)) {
    const replacedById = d.replacedByNumber ? (documentIds.get(d.replacedByNumber) ?? null) : null;
    const input = DocumentInput.parse({
      number: d.number,
      docType: d.docType,
      issuer: d.issuer,
      signer: d.signer,
      issuedOn: d.issuedOn,
      effectiveOn: d.effectiveOn,
      summary: d.summary,
      field: d.field,
      status: d.status,
      replacedById,
      fileIds: [],
      published: true,
    });
    const doc = await createDocument(tx, input, { isDemo: true });
    documentIds.set(d.number, doc.id);
  }

  for (const p of DEMO_PAGES) {
    await createPage(
      tx,
      { slug: p.slug, title: p.title, bodyHtml: p.bodyHtml, position: p.position, published: true },
      { isDemo: true },
    );
  }
  for (const l of DEMO_LINKS) {
    await createLink(tx, LinkInput.parse({ title: l.title, url: l.url, position: l.position }), {
      isDemo: true,
    });
  }

  const tenant = await getTenant(tx);
  const registerStarted = performance.now();
  await loadDemoRegister(tx, tenant.provinceCode, now);
  const registerMs = Math.round(performance.now() - registerStarted);

  // Site settings of the demo alliance; see DEFAULT_TENANT_NAME for the tenant name.
  const tenantRenamed = tenant.name.trim() === DEFAULT_TENANT_NAME;
  const settings: SiteSettings = {
    ...DEMO_SITE_SETTINGS,
    contacts: DEMO_SITE_SETTINGS.contacts.map((c) => ({ ...c })),
    // A logo someone already put in place is theirs, not the demo's.
    logoUrl: tenant.settings.logoUrl ?? DEMO_SITE_SETTINGS.logoUrl,
  };
  const name = tenantRenamed ? DEMO_SITE_SETTINGS.siteTitle : tenant.name;
  // A scratch directory: the caller reloads the real one once this transaction has committed.
  await updateTenantSettings(tx, new TenantDirectory(), { name, hosts: tenant.hosts, settings });
  contentChanged(tx, ['settings']);

  const counts = {
    ...(await countDemoContent(tx)),
    scheduled,
    submitted,
    drafts,
  };
  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'demo',
    before: { name: tenant.name, settings: tenant.settings },
    after: { name, settings, counts },
  });
  return { counts, tenantRenamed, registerMs };
}

/**
 * Loads the demo alliance into ctx's tenant, acting as the system (actor null). Refuses (409) when
 * the tenant already has articles, documents, pages or organisations. Does not reload a TenantDirectory: callers
 * holding one reload it afterwards (seedDemoContentIfEmpty does).
 */
export async function seedDemoContent(ctx: Ctx, opts: DemoSeedOptions): Promise<DemoSeedSummary> {
  const started = performance.now();
  const sys: Ctx = { ...ctx, actor: null };
  if (await tenantHasContent(sys)) throw new TenantNotEmpty();
  const created: string[] = [];
  try {
    const images = await storeImages(sys, opts.store, opts.imageSize ?? DEMO_IMAGE_SIZE, created);
    const imageMs = performance.now() - started;
    const loaded = await inTransaction(sys, (tx) => loadContent(tx, images, opts.now));
    return { ...loaded, ms: Math.round(performance.now() - started), imageMs: Math.round(imageMs) };
  } catch (err) {
    await discardImages(sys, opts.store, created);
    throw err;
  }
}

/** Undoes step 1 after a failure: the media rows created for the demo and their files. */
async function discardImages(ctx: Ctx, store: MediaStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    await store.remove(await discardNewMedia(ctx, ids));
  } catch (err) {
    ctx.log.error({ err }, 'demo pictures left behind after a failed seeding');
  }
}

export interface DemoSeedDeps {
  db: Db;
  log: FastifyBaseLogger;
  config: Pick<Config, 'HOPTAC_DEMO' | 'dataDir'>;
  tenantId: string;
  clock: () => Date;
  /** Reloaded after seeding (the demo changes the site settings); omit when it is loaded later. */
  tenants?: TenantDirectory;
  /** Tests only: smaller pictures. */
  imageSize?: { width: number; height: number };
}

export type DemoSeedOutcome =
  | ({ seeded: true } & DemoSeedSummary)
  | { seeded: false; reason: 'disabled' | 'not_empty' | 'seeded_before' | 'failed' };

/**
 * Server start: fills the tenant with the demo alliance when HOPTAC_DEMO is on and the database is
 * truly fresh — no article, document, page or organisation, and no demo loaded before (a tenant emptied by
 * "Xóa dữ liệu minh họa" stays empty). Never throws: a failed seeding is logged and the server
 * starts with an empty site.
 */
export async function seedDemoContentIfEmpty(deps: DemoSeedDeps): Promise<DemoSeedOutcome> {
  if (!deps.config.HOPTAC_DEMO) return { seeded: false, reason: 'disabled' };
  const ctx: Ctx = { db: deps.db, tenantId: deps.tenantId, actor: null, requestId: null, log: deps.log };
  try {
    if (await tenantHasContent(ctx)) return { seeded: false, reason: 'not_empty' };
    if (await repo.findLastDemoSeed(deps.db, deps.tenantId))
      return { seeded: false, reason: 'seeded_before' };
    const store = new MediaStore(deps.config.dataDir);
    const summary = await seedDemoContent(ctx, {
      store,
      now: deps.clock(),
      ...(deps.imageSize ? { imageSize: deps.imageSize } : {}),
    });
    if (deps.tenants) await reloadTenantDirectory(deps.db, deps.tenants);
    deps.log.info(
      { ms: summary.ms, imageMs: summary.imageMs, registerMs: summary.registerMs, counts: summary.counts },
      'demo content loaded (HOPTAC_DEMO=0 starts empty; staff console: "Xóa dữ liệu minh họa")',
    );
    return { seeded: true, ...summary };
  } catch (err) {
    if (err instanceof TenantNotEmpty) return { seeded: false, reason: 'not_empty' };
    deps.log.error({ err }, 'demo content could not be loaded; starting with an empty site');
    return { seeded: false, reason: 'failed' };
  }
}

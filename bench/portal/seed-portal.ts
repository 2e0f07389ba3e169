// Fills a scratch DATA_DIR (PGlite) with a large alliance site before the server starts: the
// database is opened, migrated and given its tenant exactly as `hoptac serve` does, filled, and
// closed again.
//
// Which path writes what:
// - categories, pictures, documents, pages, links, and the first SERVICE_ARTICLES articles go
//   through the modules' own services (createArticle + publishArticle: revisions, audit, tags,
//   search entry — everything an editor's publication leaves behind);
// - the other articles are inserted in batches (one transaction and one multi-row INSERT per
//   batch, ~15 ms per article saved), with the values prepareFields would store (validated by
//   ArticleInput, body through sanitizeRichText, slug from the title, "-2"… when taken), and their
//   search entries written by syncSearchEntry — the function every article write calls — so
//   search_entries rows are the product's own. They have no revision or audit rows, which no
//   public page reads.
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { type Ctx, inTransaction } from '../../src/core/context.ts';
import { prepareDatabase } from '../../src/core/db/bootstrap.ts';
import { openDatabase } from '../../src/core/db/client.ts';
import { acquireDataDirLock } from '../../src/core/db/data-dir-lock.ts';
import { rowsOf } from '../../src/core/db/types.ts';
import { sanitizeRichText } from '../../src/core/html/sanitize.ts';
import { silentLog } from '../../src/core/silent-log.ts';
import { renderDemoImage } from '../../src/modules/demo/demo-images.ts';
import { DocumentInput } from '../../src/modules/documents/documents.dto.ts';
import { createDocument } from '../../src/modules/documents/documents.service.ts';
import type { MediaDto } from '../../src/modules/media/media.dto.ts';
import { uploadMedia } from '../../src/modules/media/media.service.ts';
import { MediaStore } from '../../src/modules/media/media-store.ts';
import { ArticleInput } from '../../src/modules/news/article.dto.ts';
import { createArticle } from '../../src/modules/news/article.service.ts';
import { syncSearchEntry } from '../../src/modules/news/article-effects.ts';
import { publishArticle } from '../../src/modules/news/article-workflow.service.ts';
import { normalizeTags } from '../../src/modules/news/article-write.ts';
import { CategoryCreate } from '../../src/modules/news/category.dto.ts';
import { createCategory } from '../../src/modules/news/category.service.ts';
import { articles, articleTags, tags } from '../../src/modules/news/news.tables.ts';
import { firstFreeSlug, slugFrom } from '../../src/modules/news/slug-choice.ts';
import { LinkInput } from '../../src/modules/pages/links.dto.ts';
import { createLink } from '../../src/modules/pages/links.service.ts';
import { createPage } from '../../src/modules/pages/pages.service.ts';
import { maintainSearchIndex } from '../../src/modules/search/search.service.ts';
import { ensureDefaultTenant } from '../../src/modules/tenants/tenants.service.ts';
import { REFERENCE_LOADERS } from '../../src/reference-data.ts';
import { rng } from '../random.ts';
import { LINKS, writeDocument, writePages } from './documents-writer.ts';
import { BENCH_CATEGORIES, type Picture, writeArticle } from './news-writer.ts';
import { PICTURES } from './vocabulary.ts';

/** Articles written through createArticle + publishArticle, as an editor would. */
const SERVICE_ARTICLES = 100;
const BATCH = 250;
const DOCUMENTS = 300;
const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

export interface SeedOptions {
  dataDir: string;
  articles: number;
  /** Articles are published over this many years up to an hour ago. */
  years: number;
  /** Tenant settings as the server will read them (TENANT_CODE, …); defaults otherwise. */
  env: Record<string, string | undefined>;
  seed?: number;
  progress?: (line: string) => void;
}

export interface SeedSummary {
  articles: number;
  documents: number;
  searchEntries: number;
  seconds: number;
  /** The public article slugs, oldest first. */
  slugs: string[];
  /** Category slugs by article count, most first. */
  categoryCounts: { slug: string; articles: number }[];
}

/** `<img>` of a library picture as the console's editor inserts it into a body. */
function editorImage(media: MediaDto, alt: string): string {
  const byWidth = (a: { width: number }, b: { width: number }) => a.width - b.width;
  const webp = media.variants.filter((v) => v.format === 'webp').sort(byWidth);
  const jpeg = media.variants.filter((v) => v.format === 'jpeg').sort(byWidth);
  const fallback = jpeg.filter((v) => v.width <= 800).at(-1) ?? jpeg[0];
  const srcset = webp.map((v) => `${v.url} ${v.width}w`).join(', ');
  return (
    `<img src="${fallback?.url ?? media.url}" srcset="${srcset}" sizes="(min-width: 64em) 46rem, 100vw" ` +
    `width="${fallback?.width ?? ''}" height="${fallback?.height ?? ''}" alt="${alt}" data-media-id="${media.id}" />`
  );
}

async function storePictures(ctx: Ctx, dataDir: string): Promise<Picture[]> {
  const store = new MediaStore(dataDir);
  const out: Picture[] = [];
  for (const p of PICTURES) {
    const { asset } = await uploadMedia(ctx, store, {
      fileName: `${p.key}.jpg`,
      claimedType: 'image/jpeg',
      bytes: await renderDemoImage(p.key, 1200, 675),
      alt: p.caption,
      caption: p.caption,
    });
    out.push({ mediaId: asset.id, img: editorImage(asset, p.caption), caption: p.caption });
  }
  return out;
}

async function createCategories(ctx: Ctx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const c of BENCH_CATEGORIES) {
    const parentId = c.parent ? (ids.get(c.parent) ?? null) : null;
    const dto = await createCategory(
      ctx,
      CategoryCreate.parse({ name: c.name, slug: c.slug, parentId, showOnHome: c.showOnHome }),
    );
    ids.set(c.slug, dto.id);
  }
  return ids;
}

/** Publication times, oldest first, spread evenly at random over the years. */
function publicationTimes(r: () => number, n: number, years: number, now: number): Date[] {
  const start = now - years * YEAR;
  const span = now - HOUR - start;
  return Array.from({ length: n }, () => start + Math.floor(r() * span))
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
}

export async function seedPortal(opts: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const progress = opts.progress ?? (() => {});
  const cpu0 = process.cpuUsage();
  // CPU seconds beside wall seconds: on a shared machine the gap is other processes' doing.
  const say = (what: string) => {
    const used = process.cpuUsage(cpu0);
    const wall = (performance.now() - started) / 1000;
    progress(`  ${what} (${wall.toFixed(0)} s, cpu ${((used.user + used.system) / 1e6).toFixed(0)} s)`);
  };
  const config = loadConfig({ ...opts.env, DATA_DIR: opts.dataDir, DATABASE_URL: '' });
  const lock = acquireDataDirLock(config.dataDir);
  const database = await openDatabase({ databaseUrl: '', dataDir: config.dataDir });
  try {
    await prepareDatabase(database.db, REFERENCE_LOADERS);
    const tenant = await ensureDefaultTenant(database.db, config);
    const ctx: Ctx = { db: database.db, tenantId: tenant.id, actor: null, requestId: null, log: silentLog };
    const r = rng(opts.seed ?? 20_240_119);
    const now = Date.now();

    say('database ready');
    const categoryIds = await createCategories(ctx);
    const pictures = await storePictures(ctx, config.dataDir);
    say('categories and pictures stored');
    const times = publicationTimes(r, opts.articles, opts.years, now);
    // Slugs taken per title-derived base: firstFreeSlug only needs those sharing the base.
    const slugsByBase = new Map<string, string[]>();
    const allSlugs = new Set<string>();
    const slugs: string[] = [];

    /** The validated editor input of the next article, its slug chosen as resolveSlug would. */
    const input = (at: Date) => {
      const a = writeArticle(r, at.getFullYear(), pictures);
      const base = slugFrom(a.title, 'bai-viet');
      const taken = slugsByBase.get(base) ?? [];
      let slug = firstFreeSlug(base, taken);
      // "…-2" may be another title's own base: skip it like any taken slug.
      while (allSlugs.has(slug)) {
        taken.push(slug);
        slug = firstFreeSlug(base, taken);
      }
      taken.push(slug);
      slugsByBase.set(base, taken);
      allSlugs.add(slug);
      slugs.push(slug);
      const parsed = ArticleInput.parse({
        ...a,
        categoryId: categoryIds.get(a.categorySlug),
        publishedAt: at.toISOString(),
      });
      // After validation: resolveSlug may add "-2" to a 100-character base, past SlugField's limit.
      return { ...parsed, slug };
    };

    const viaServices = Math.min(SERVICE_ARTICLES, opts.articles);
    for (let i = 0; i < viaServices; i++) {
      const at = times[i] as Date;
      const written = new Date(at.getTime() - HOUR);
      const created = await createArticle(ctx, input(at), written);
      await publishArticle(ctx, created.id, {}, at, { asSystem: true });
    }

    say(`${viaServices} articles written through the services`);
    // Tags exist once per tenant; the batches only link them.
    const tagIds = new Map<string, string>();
    for (let i = viaServices; i < opts.articles; i += BATCH) {
      const end = Math.min(opts.articles, i + BATCH);
      await inTransaction(ctx, async (tx) => {
        const inputs: { at: Date; a: ReturnType<typeof input> }[] = [];
        for (let k = i; k < end; k++) inputs.push({ at: times[k] as Date, a: input(times[k] as Date) });
        const wanted = normalizeTags(inputs.flatMap((x) => x.a.tags)).filter((t) => !tagIds.has(t.slug));
        if (wanted.length > 0) {
          // The articles written through the services created some already.
          await tx.db
            .insert(tags)
            .values(wanted.map((t) => ({ tenantId: tenant.id, name: t.name, slug: t.slug })))
            .onConflictDoNothing({ target: [tags.tenantId, tags.slug] });
          const known = await tx.db
            .select({ id: tags.id, slug: tags.slug })
            .from(tags)
            .where(eq(tags.tenantId, tenant.id));
          for (const t of known) tagIds.set(t.slug, t.id);
        }
        const rows = await tx.db
          .insert(articles)
          .values(
            inputs.map(({ at, a }) => ({
              tenantId: tenant.id,
              slug: a.slug as string,
              title: a.title,
              summary: a.summary,
              bodyHtml: sanitizeRichText(a.bodyHtml),
              coverMediaId: a.coverMediaId,
              authorLine: a.authorLine,
              sourceName: a.sourceName,
              sourceUrl: a.sourceUrl,
              categoryId: a.categoryId,
              featured: a.featured,
              seoTitle: a.seoTitle,
              seoDescription: a.seoDescription,
              status: 'published',
              publishedAt: at,
              // Created as a draft (version 1) an hour earlier, then published (version 2).
              version: 2,
              createdAt: new Date(at.getTime() - HOUR),
              updatedAt: at,
            })),
          )
          .returning();
        const links = rows.flatMap((row, k) =>
          normalizeTags(inputs[k]?.a.tags ?? []).map((t) => ({
            tenantId: tenant.id,
            articleId: row.id,
            tagId: tagIds.get(t.slug) as string,
          })),
        );
        if (links.length > 0) await tx.db.insert(articleTags).values(links);
        for (const row of rows) await syncSearchEntry(tx, row, new Date(now));
      });
      if (((end - viaServices) / BATCH) % 8 === 0 || end === opts.articles)
        say(`${end} / ${opts.articles} articles`);
    }

    const docTimes = publicationTimes(r, DOCUMENTS, opts.years, now);
    for (const [i, issued] of docTimes.entries())
      await createDocument(ctx, DocumentInput.parse(writeDocument(r, issued, (i % 150) + 1)));
    for (const page of writePages(r, new Date(now).getFullYear())) await createPage(ctx, page);
    for (const link of LINKS) await createLink(ctx, LinkInput.parse(link));

    say(`${DOCUMENTS} documents, pages and links written`);
    // What the server's hourly job would have done by now (PGlite never autovacuums).
    await maintainSearchIndex(database.db);
    say('search index maintained');
    const [counts] = rowsOf<{ articles: number; entries: number }>(
      await database.db.execute(sql`select
        (select count(*)::int from articles where status = 'published') as articles,
        (select count(*)::int from search_entries) as entries`),
    );
    const perCategory = rowsOf<{ slug: string; articles: number }>(
      await database.db.execute(sql`select c.slug, count(a.id)::int as articles
        from categories c left join articles a on a.category_id = c.id
        group by c.slug order by 2 desc`),
    );
    return {
      articles: counts?.articles ?? 0,
      documents: DOCUMENTS,
      searchEntries: counts?.entries ?? 0,
      seconds: (performance.now() - started) / 1000,
      slugs,
      categoryCounts: perCategory,
    };
  } finally {
    await database.close();
    lock.release();
  }
}

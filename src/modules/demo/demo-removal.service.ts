// "Xóa dữ liệu minh họa": removes every is_demo row of the tenant in one transaction, then the
// demo pictures' files once it has committed. What staff made meanwhile survives:
//   - a demo category holding a staff article (or a staff sub-category) stays;
//   - a demo document that a staff document names as its replacement stays;
//   - a demo picture still shown by staff content (cover, body, document or organisation
//     attachment) stays;
//   - a demo organisation staff merged one of their own records into stays.
// What stays is un-flagged (is_demo = false): it has become the alliance's own content, so the
// console stops reporting demo content once the rest is gone.
// The tenant name and site settings go back to what they were before the demo (kept in the
// `demo.seed` audit entry), unless staff changed them since.
// Each module removes its own rows through its service (news, documents, pages, media,
// registry, feedback; search entries through the search service); this file only orders the
// steps, in one transaction.
import { z } from 'zod';
import { contentChanged } from '../../core/content-events.ts';
import { afterCommit, type Ctx, inTransaction } from '../../core/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { documentsHaveFile, removeDemoDocuments } from '../documents/documents-demo.service.ts';
import { removeFeedbackOfArticles } from '../feedback/feedback.service.ts';
import { removeUnusedDemoMedia } from '../media/media-demo.service.ts';
import type { MediaStore } from '../media/media-store.ts';
import { articlesShowMedia, demoArticleIds, removeDemoNews } from '../news/news-demo.service.ts';
import { pagesShowMedia, removeDemoLinks, removeDemoPages } from '../pages/pages-demo.service.ts';
import { removeDemoOrganizations } from '../registry/orgs/org-demo.service.ts';
import { forgetTitleLexicon } from '../search/title-lexicon.service.ts';
import { TenantDirectory } from '../tenants/tenant-directory.ts';
import { SiteSettings } from '../tenants/tenants.dto.ts';
import { getTenant, reloadTenantDirectory, updateTenantSettings } from '../tenants/tenants.service.ts';
import * as repo from './demo.repo.ts';
import { countDemoContent } from './demo-inventory.service.ts';

export const DemoRemovalResult = z.object({
  removed: z.object({
    articles: z.number().int(),
    categories: z.number().int(),
    documents: z.number().int(),
    pages: z.number().int(),
    links: z.number().int(),
    images: z.number().int(),
    organizations: z.number().int(),
  }),
  /** Demo items kept because staff content uses them; they are no longer marked as demo. */
  kept: z.object({
    categories: z.number().int(),
    documents: z.number().int(),
    images: z.number().int(),
    organizations: z.number().int(),
  }),
  /** The tenant name and site settings went back to their pre-demo values. */
  settingsRestored: z.boolean(),
});
export type DemoRemovalResult = z.infer<typeof DemoRemovalResult>;

const NameAndSettings = z.object({ name: z.string().min(3), settings: SiteSettings });

/** JSON with sorted keys: jsonb does not keep the key order it was given. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Puts back the pre-demo name and settings, each only if it still holds the demo's value. */
async function restoreTenant(tx: Ctx): Promise<boolean> {
  const seed = await repo.findLastDemoSeed(tx.db, tx.tenantId);
  const before = NameAndSettings.safeParse(seed?.before);
  const applied = NameAndSettings.safeParse(seed?.after);
  if (!before.success || !applied.success) return false;
  const tenant = await getTenant(tx);
  const restoreName = tenant.name === applied.data.name && tenant.name !== before.data.name;
  const restoreSettings =
    stableJson(tenant.settings) === stableJson(applied.data.settings) &&
    stableJson(tenant.settings) !== stableJson(before.data.settings);
  if (!restoreName && !restoreSettings) return false;
  await updateTenantSettings(tx, new TenantDirectory(), {
    name: restoreName ? before.data.name : tenant.name,
    hosts: tenant.hosts,
    settings: restoreSettings ? before.data.settings : tenant.settings,
  });
  return true;
}

export interface DemoRemovalOptions {
  /** Reloaded after the commit when the tenant's name or settings went back. */
  tenants?: TenantDirectory;
}

/** Removes the tenant's demo content; idempotent (nothing left: all zeros). Audited `demo.remove`. */
export async function removeDemoContent(
  ctx: Ctx,
  store: MediaStore,
  opts: DemoRemovalOptions = {},
): Promise<DemoRemovalResult> {
  const { result, files } = await inTransaction(ctx, async (tx) => {
    const present = await countDemoContent(tx);
    // Readers' feedback on the demo articles goes before the articles do.
    await removeFeedbackOfArticles(tx, await demoArticleIds(tx));
    const news = await removeDemoNews(tx);
    const documents = await removeDemoDocuments(tx);
    const pages = await removeDemoPages(tx);
    const links = await removeDemoLinks(tx);
    const organizations = await removeDemoOrganizations(tx);
    // Last: by now only staff content is left to use a picture.
    const media = await removeUnusedDemoMedia(tx, [
      articlesShowMedia,
      pagesShowMedia,
      (c, m) => documentsHaveFile(c, m.id),
    ]);
    const settingsRestored = await restoreTenant(tx);
    const result: DemoRemovalResult = {
      removed: {
        articles: news.articles.length,
        categories: news.categories.removed.length,
        documents: documents.removed.length,
        pages: pages.length,
        links: links.length,
        images: media.removedImages,
        organizations: organizations.removed.length,
      },
      kept: {
        categories: news.categories.kept.length,
        documents: documents.kept.length,
        images: media.kept.length,
        organizations: organizations.kept.length,
      },
      settingsRestored,
    };
    await recordAudit(tx, { action: 'demo.remove', entity: 'demo', before: present, after: result });
    // Every cached page carries 'links' and 'menu' (layout tags): the whole site is re-rendered.
    contentChanged(tx, [
      'articles',
      'documents',
      'pages',
      'links',
      'home',
      'menu',
      'categories',
      'settings',
      'orgs',
    ]);
    afterCommit(tx, () => forgetTitleLexicon(tx.tenantId));
    return { result, files: media.files };
  });
  // Files only once the rows are gone for good: a rolled-back removal keeps its pictures.
  try {
    await store.remove(files);
  } catch (err) {
    ctx.log.warn({ err }, 'some demo picture files were not removed');
  }
  if (opts.tenants && result.settingsRestored) await reloadTenantDirectory(ctx.db, opts.tenants);
  return result;
}

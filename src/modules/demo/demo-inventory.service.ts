// What demo content a tenant holds, and whether it holds any content at all, asked of the
// modules that own it.
import type { Ctx } from '../../core/context.ts';
import { countDemoDocuments, tenantHasDocuments } from '../documents/documents-demo.service.ts';
import { countDemoImages } from '../media/media-demo.service.ts';
import { countDemoNews, tenantHasArticles } from '../news/news-demo.service.ts';
import { countDemoPagesAndLinks, tenantHasPages } from '../pages/pages-demo.service.ts';
import { countDemoOrganizations, tenantHasOrganizations } from '../registry/orgs/org-demo.service.ts';

export interface DemoCounts {
  articles: number;
  documents: number;
  pages: number;
  links: number;
  images: number;
  organizations: number;
}

/** How many demo rows of each kind the tenant has (sequential: also runs inside transactions). */
export async function countDemoContent(ctx: Ctx): Promise<DemoCounts & { categories: number }> {
  const news = await countDemoNews(ctx);
  const documents = await countDemoDocuments(ctx);
  const { pages, links } = await countDemoPagesAndLinks(ctx);
  const images = await countDemoImages(ctx);
  const organizations = await countDemoOrganizations(ctx);
  return { ...news, documents, pages, links, images, organizations };
}

/** True when the tenant has any article, legal document, static page or registered organisation. */
export async function tenantHasContent(ctx: Ctx): Promise<boolean> {
  return (
    (await tenantHasArticles(ctx)) ||
    (await tenantHasDocuments(ctx)) ||
    (await tenantHasPages(ctx)) ||
    (await tenantHasOrganizations(ctx))
  );
}

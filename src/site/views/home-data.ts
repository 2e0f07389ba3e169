import type { ContentTag } from '../../core/content-events.ts';
import type { Ctx } from '../../core/context.ts';
import { listLatestDocuments } from '../../modules/documents/document-cards.service.ts';
import { listHomeCategories, listPublishedArticles } from '../../modules/news/article-cards.service.ts';
import { listWebsiteLinks } from '../../modules/pages/links.service.ts';
import type { VisitorCounter } from '../../modules/stats/stats.dto.ts';
import { getVisitorCounter } from '../../modules/stats/stats.service.ts';
import type { VisitStats } from '../../modules/stats/visit-stats.ts';

/** What the home page shows of an article (the news module's ArticleCard). */
export interface HomeArticle {
  id: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: Date;
  categoryName: string;
  cover: { src: string; srcset: string; width: number; height: number; alt: string } | null;
}

export interface HomeCategoryBlock {
  category: { id: string; name: string; url: string };
  articles: HomeArticle[];
}

export interface HomeDocument {
  id: string;
  url: string;
  number: string;
  summary: string;
  /** YYYY-MM-DD */
  issuedOn: string;
}

export interface HomeLink {
  id: string;
  title: string;
  url: string;
}

export interface HomeData {
  featured: HomeArticle[];
  latest: HomeArticle[];
  categories: HomeCategoryBlock[];
  documents: HomeDocument[];
  links: HomeLink[];
  /** Figures as of the render; counter.js refreshes them in the browser. */
  counter: VisitorCounter | null;
}

/** What the home page shows; a change to any of these drops the cached page. */
export const HOME_TAGS: readonly ContentTag[] = [
  'home',
  'articles',
  'categories',
  'documents',
  'links',
  'settings',
];

const FEATURED = 5;
const LATEST = 10;
const PER_CATEGORY = 5;
const DOCUMENTS = 5;

/** Everything the home page shows, read in parallel. */
export async function loadHomeData(
  ctx: Ctx,
  opts: { now: Date; stats: VisitStats | null },
): Promise<HomeData> {
  const { now } = opts;
  const [featured, newest, homeCategories, documents, links, counter] = await Promise.all([
    listPublishedArticles(ctx, { featured: true, limit: FEATURED, now }),
    listPublishedArticles(ctx, { limit: LATEST + FEATURED, now }),
    listHomeCategories(ctx),
    listLatestDocuments(ctx, DOCUMENTS),
    listWebsiteLinks(ctx),
    opts.stats ? getVisitorCounter(ctx, opts.stats) : null,
  ]);
  // "Mới nhất" does not repeat what the featured block already shows.
  const shown = new Set(featured.map((a) => a.id));
  const latest = newest.filter((a) => !shown.has(a.id)).slice(0, LATEST);
  const categories = await Promise.all(
    homeCategories.map(async (category) => ({
      category,
      articles: await listPublishedArticles(ctx, { categoryId: category.id, limit: PER_CATEGORY, now }),
    })),
  );
  return {
    featured,
    latest,
    categories: categories.filter((block) => block.articles.length > 0),
    documents,
    links,
    counter,
  };
}

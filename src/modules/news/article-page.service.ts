import type { Ctx } from '../../core/context.ts';
import { type ArticleCard, cardsFromRows } from './article-cards.service.ts';
import { findCoverSources } from './article-cover.repo.ts';
import {
  findSlugForOldSlug,
  findVisibleBySlug,
  listCards,
  type PublicArticleRow,
} from './article-public.repo.ts';
import { listTagNames } from './article-tag.repo.ts';
import { ancestry, articleUrl, categoryUrl } from './category-tree.ts';
import { type CoverImage, type CoverSource, coverImage } from './cover-image.ts';
import { publicCategories, visibleArticlesMemo } from './public-reads.ts';

export interface CategoryLink {
  name: string;
  url: string;
}

export interface PublicArticle {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Sanitized when saved; safe to insert as HTML. */
  bodyHtml: string;
  authorLine: string;
  sourceName: string;
  sourceUrl: string;
  seoTitle: string;
  seoDescription: string;
  publishedAt: Date;
  updatedAt: Date;
  cover: CoverImage | null;
  coverCaption: string;
  /** Root first: the breadcrumb between "Tin tức" and the article. */
  categories: CategoryLink[];
  tags: string[];
}

export interface ArticlePageData {
  article: PublicArticle;
  /** "Các tin khác": same category, published earlier. */
  others: ArticleCard[];
  /** "Mới nhất". */
  latest: ArticleCard[];
}

export type ArticleLookup =
  | { kind: 'found'; data: ArticlePageData }
  | { kind: 'moved'; url: string }
  | { kind: 'missing' };

const SIDE_LIST = 5;

/** Inline images load when scrolled to: the text comes first on slow mobile connections. */
const lazyImages = (html: string) => html.replace(/<img(?![^>]*\sloading=)/g, '<img loading="lazy"');

function toPublic(
  row: PublicArticleRow,
  chain: CategoryLink[],
  tags: string[],
  source: CoverSource | undefined,
): PublicArticle {
  return {
    id: row.id,
    url: articleUrl(row.slug),
    title: row.title,
    summary: row.summary,
    bodyHtml: lazyImages(row.bodyHtml),
    authorLine: row.authorLine,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    publishedAt: row.publishedAt ?? row.createdAt,
    updatedAt: row.updatedAt,
    cover: coverImage(source),
    coverCaption: source?.caption ?? '',
    categories: chain,
    tags,
  };
}

/**
 * Everything the article page shows, in a fixed handful of queries: the article with its category,
 * tags, cover, the category tree (for the breadcrumb), "Các tin khác" and "Mới nhất".
 */
export async function loadArticlePage(ctx: Ctx, slug: string, now: Date): Promise<ArticleLookup> {
  const row = await findVisibleBySlug(ctx.db, ctx.tenantId, slug, now);
  if (!row) {
    const current = await findSlugForOldSlug(ctx.db, ctx.tenantId, slug, now);
    return current ? { kind: 'moved', url: articleUrl(current) } : { kind: 'missing' };
  }
  const publishedAt = row.publishedAt ?? now;
  const [tags, covers, categories, otherRows, newestRows] = await Promise.all([
    listTagNames(ctx.db, ctx.tenantId, row.id),
    findCoverSources(ctx.db, ctx.tenantId, row.coverMediaId ? [row.coverMediaId] : []),
    publicCategories(ctx, now),
    listCards(ctx.db, ctx.tenantId, now, {
      categoryIds: [row.categoryId],
      before: publishedAt,
      excludeId: row.id,
      limit: SIDE_LIST,
    }),
    // The same newest few for every article: one more than shown, then the article itself left out.
    visibleArticlesMemo(ctx, 'latest-rows', now, () =>
      listCards(ctx.db, ctx.tenantId, now, { limit: SIDE_LIST + 1 }),
    ),
  ]);
  const latestRows = newestRows.filter((r) => r.id !== row.id).slice(0, SIDE_LIST);
  const chain = ancestry(categories, row.categoryId).map((c) => ({ name: c.name, url: categoryUrl(c.slug) }));
  const [others, latest] = await Promise.all([
    cardsFromRows(ctx, otherRows, false),
    cardsFromRows(ctx, latestRows, false),
  ]);
  const cover = row.coverMediaId ? covers.get(row.coverMediaId) : undefined;
  return { kind: 'found', data: { article: toPublic(row, chain, tags, cover), others, latest } };
}

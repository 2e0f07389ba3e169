import dayjs, { type Dayjs } from 'dayjs';
import type { ArticleDto, ArticleInput } from '../../../api/news-api';

/** The editor form: ArticleInput with a date picker value and not-yet-chosen category. */
export interface ArticleFormValues {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  coverMediaId: string | null;
  authorLine: string;
  sourceName: string;
  sourceUrl: string;
  categoryId: string | undefined;
  tags: string[];
  featured: boolean;
  seoTitle: string;
  seoDescription: string;
  publishedAt: Dayjs | null;
}

export const EMPTY_VALUES: ArticleFormValues = {
  title: '',
  slug: '',
  summary: '',
  bodyHtml: '',
  coverMediaId: null,
  authorLine: '',
  sourceName: '',
  sourceUrl: '',
  categoryId: undefined,
  tags: [],
  featured: false,
  seoTitle: '',
  seoDescription: '',
  publishedAt: null,
};

export function valuesFromArticle(article: ArticleDto): ArticleFormValues {
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    coverMediaId: article.coverMediaId,
    authorLine: article.authorLine,
    sourceName: article.sourceName,
    sourceUrl: article.sourceUrl,
    categoryId: article.categoryId,
    tags: article.tags,
    featured: article.featured,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    publishedAt: article.publishedAt ? dayjs(article.publishedAt) : null,
  };
}

const trim = (value: string | undefined | null) => (value ?? '').trim();

/**
 * What the API receives. `slug: 'derive'` sends an empty slug: the server makes one from the title,
 * with "-2", "-3"… when taken (on creation and on update alike). Otherwise the typed slug is sent,
 * or none when the field is empty: the server keeps the current one.
 */
export function toInput(values: ArticleFormValues, slug: 'derive' | 'given' = 'given'): ArticleInput {
  return {
    title: trim(values.title),
    slug: slug === 'derive' ? '' : trim(values.slug).toLowerCase() || undefined,
    summary: trim(values.summary),
    bodyHtml: values.bodyHtml ?? '',
    coverMediaId: values.coverMediaId ?? null,
    authorLine: trim(values.authorLine),
    sourceName: trim(values.sourceName),
    sourceUrl: trim(values.sourceUrl),
    categoryId: values.categoryId ?? '',
    tags: (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
    featured: Boolean(values.featured),
    seoTitle: trim(values.seoTitle),
    seoDescription: trim(values.seoDescription),
    publishedAt: values.publishedAt ? values.publishedAt.second(0).millisecond(0).toISOString() : null,
  };
}

/** Compared to tell whether the form holds changes the server does not have. */
export const fingerprint = (input: ArticleInput): string => JSON.stringify(input);

/** Enough for the server to accept a draft: autosave waits until then. */
export function canBeSaved(values: ArticleFormValues): boolean {
  return trim(values.title).length >= 3 && Boolean(values.categoryId);
}

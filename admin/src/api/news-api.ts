import type {
  ArticleDto,
  ArticleInput,
  ArticlePage,
  ArticleStatus,
  ArticleUpdate,
  PublishInput,
  ReturnInput,
} from '../../../src/modules/news/article.dto';
import type { RevisionDetail, RevisionList } from '../../../src/modules/news/article-revision.dto';
import type {
  CategoryCreate,
  CategoryDto,
  CategoryList,
  CategoryUpdate,
} from '../../../src/modules/news/category.dto';
import { api } from './client';

export type {
  ArticleDto,
  ArticleInput,
  ArticleListItem,
  ArticleStatus,
  ArticleUpdate,
} from '../../../src/modules/news/article.dto';
export type { RevisionDetail, RevisionSummary } from '../../../src/modules/news/article-revision.dto';
export type { CategoryDto } from '../../../src/modules/news/category.dto';

const id = (value: string) => encodeURIComponent(value);

// ——— Articles ———

export interface ArticleListParams {
  status?: ArticleStatus;
  categoryId?: string;
  q?: string;
  author?: string;
  sort?: 'updated' | 'published';
  page: number;
  pageSize: number;
}

export const articlesKey = (params?: ArticleListParams) =>
  params ? ['news', 'articles', params] : ['news', 'articles'];
export const articleKey = (articleId: string) => ['news', 'article', articleId];

export function listArticles(params: ArticleListParams, signal?: AbortSignal) {
  return api<ArticlePage>('/news/articles', { query: { ...params }, signal });
}

export function getArticle(articleId: string, signal?: AbortSignal) {
  return api<ArticleDto>(`/news/articles/${id(articleId)}`, { signal });
}

export function createArticle(input: ArticleInput) {
  return api<ArticleDto>('/news/articles', { method: 'POST', body: input });
}

/** An explicit save: a new version and a revision. A stale `version` answers 409. */
export function saveArticle(articleId: string, input: ArticleUpdate) {
  return api<ArticleDto>(`/news/articles/${id(articleId)}`, { method: 'PUT', body: input });
}

/** Autosave of a draft or returned article (a revision at most every 5 minutes). */
export function autosaveArticle(articleId: string, input: ArticleUpdate) {
  return api<ArticleDto>(`/news/articles/${id(articleId)}/draft`, { method: 'PUT', body: input });
}

// ——— Workflow ———

export type WorkflowAction = 'submit' | 'publish' | 'return' | 'unpublish' | 'archive';

type WorkflowBody = { version?: number } & Partial<Pick<PublishInput, 'publishedAt'>> &
  Partial<Pick<ReturnInput, 'comment'>>;

export function runWorkflow(articleId: string, action: WorkflowAction, body: WorkflowBody) {
  return api<ArticleDto>(`/news/articles/${id(articleId)}/${action}`, { method: 'POST', body });
}

// ——— Revisions ———

export const revisionsKey = (articleId: string) => ['news', 'revisions', articleId];

export function listRevisions(articleId: string, signal?: AbortSignal) {
  return api<RevisionList>(`/news/articles/${id(articleId)}/revisions`, { signal });
}

export function getRevision(
  articleId: string,
  revisionId: number,
  against: 'previous' | 'current',
  signal?: AbortSignal,
) {
  return api<RevisionDetail>(`/news/articles/${id(articleId)}/revisions/${revisionId}`, {
    query: { against },
    signal,
  });
}

export function restoreRevision(articleId: string, revisionId: number, version: number) {
  return api<ArticleDto>(`/news/articles/${id(articleId)}/revisions/${revisionId}/restore`, {
    method: 'POST',
    body: { version },
  });
}

// ——— Categories ———

export const categoriesKey = ['news', 'categories'];

export async function listCategories(signal?: AbortSignal): Promise<CategoryDto[]> {
  return (await api<CategoryList>('/news/categories', { signal })).items;
}

export function createCategory(input: CategoryCreate) {
  return api<CategoryDto>('/news/categories', { method: 'POST', body: input });
}

export function updateCategory(categoryId: string, input: CategoryUpdate) {
  return api<CategoryDto>(`/news/categories/${id(categoryId)}`, { method: 'PATCH', body: input });
}

export function deleteCategory(categoryId: string) {
  return api<void>(`/news/categories/${id(categoryId)}`, { method: 'DELETE' });
}

/** The new order of the children of one parent (null: the top level). */
export async function reorderCategories(parentId: string | null, ids: string[]): Promise<CategoryDto[]> {
  return (await api<CategoryList>('/news/categories/order', { method: 'PUT', body: { parentId, ids } }))
    .items;
}

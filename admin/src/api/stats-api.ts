import type {
  TopArticle,
  TopArticles,
  VisitDay,
  VisitsReport,
} from '../../../src/modules/stats/stats.dto.ts';
import { api } from './client';

export type { TopArticle, VisitDay, VisitsReport };

export interface VisitsParams {
  /** YYYY-MM-DD, inclusive (Vietnam days). */
  from?: string;
  to?: string;
}

export const statsKey = (...parts: unknown[]) => ['stats', ...parts];

export function getVisits(params: VisitsParams, signal?: AbortSignal) {
  return api<VisitsReport>('/stats/visits', { query: { ...params }, signal });
}

export function getTopArticles(limit: number, signal?: AbortSignal) {
  return api<TopArticles>('/stats/top-articles', { query: { limit }, signal });
}

/** Public address of an article (the server's articleUrl). */
export const articlePublicUrl = (slug: string) => `/tin-tuc/${encodeURIComponent(slug)}`;

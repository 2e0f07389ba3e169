import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { TopArticle, VisitDay, VisitorCounter, VisitsQuery, VisitsReport } from './stats.dto.ts';
import * as repo from './stats.repo.ts';
import type { VisitStats } from './visit-stats.ts';
import { dayNumberToIso, vietnamDayNumber } from './visit-tracker.ts';

const DEFAULT_RANGE_DAYS = 30;
const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

/** "Thống kê truy cập" (saved + not yet flushed) and "Số người trực tuyến" (last 5 minutes). */
export async function getVisitorCounter(ctx: Ctx, stats: VisitStats): Promise<VisitorCounter> {
  const saved = await stats.savedTotal(ctx.tenantId);
  return {
    totalVisits: saved + stats.tracker.unsavedVisits(ctx.tenantId),
    onlineNow: stats.tracker.onlineNow(ctx.tenantId),
  };
}

function dayNumberOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Visits and page views per Viet Nam day, every day of the range (default: the last 30 days). */
export async function getVisitsPerDay(
  ctx: Ctx,
  stats: VisitStats,
  q: VisitsQuery,
  now: Date,
): Promise<VisitsReport> {
  const today = vietnamDayNumber(now.getTime());
  const to = q.to ? dayNumberOf(q.to) : today;
  const from = q.from ? dayNumberOf(q.from) : to - (DEFAULT_RANGE_DAYS - 1);
  if (to - from + 1 > MAX_RANGE_DAYS) {
    throw new AppError('VALIDATION', {
      fieldErrors: { from: `Khoảng thời gian tối đa ${MAX_RANGE_DAYS} ngày` },
    });
  }
  const fromIso = dayNumberToIso(from);
  const toIso = dayNumberToIso(to);
  const byDay = new Map<string, VisitDay>();
  for (let d = from; d <= to; d++) {
    const day = dayNumberToIso(d);
    byDay.set(day, { day, visits: 0, pageViews: 0 });
  }
  for (const row of await repo.listVisitDays(ctx.db, ctx.tenantId, fromIso, toIso)) {
    const slot = byDay.get(row.day);
    if (slot) {
      slot.visits += Number(row.visits);
      slot.pageViews += Number(row.pageViews);
    }
  }
  for (const unsaved of stats.tracker.unsavedDays(ctx.tenantId)) {
    const slot = byDay.get(unsaved.day);
    if (slot) {
      slot.visits += unsaved.visits;
      slot.pageViews += unsaved.pageViews;
    }
  }
  const counter = await getVisitorCounter(ctx, stats);
  return { from: fromIso, to: toIso, days: [...byDay.values()], ...counter };
}

// Articles viewed since the last flush whose saved count is looked up beside the top list.
const MAX_UNSAVED_LOOKUP = 500;

/**
 * The most viewed articles readers can see (published, not scheduled for later), counting views
 * not yet flushed. Articles nobody has read are not "most viewed": the list is empty until views
 * come in, and the console says so, instead of ranking unread articles with 0 views.
 */
export async function getTopArticles(
  ctx: Ctx,
  stats: VisitStats,
  limit: number,
  now: Date,
): Promise<TopArticle[]> {
  const unsaved = stats.tracker.unsavedArticleViews(ctx.tenantId);
  const top = await repo.listMostViewed(ctx.db, ctx.tenantId, limit, now);
  const listed = new Set(top.map((r) => r.id));
  const others = [...unsaved.keys()].filter((id) => !listed.has(id)).slice(0, MAX_UNSAVED_LOOKUP);
  const rows = [...top, ...(await repo.findArticleViews(ctx.db, ctx.tenantId, others, now))];
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      slug: r.slug,
      views: Number(r.viewCount) + (unsaved.get(r.id) ?? 0),
      publishedAt: r.publishedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => b.views - a.views || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, limit);
}

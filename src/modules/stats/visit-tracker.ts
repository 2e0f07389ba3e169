import { hash, randomBytes } from 'node:crypto';
import { botMatcher } from './bot-filter.ts';

const DAY_MS = 86_400_000;
// Viet Nam has kept UTC+7 without daylight saving since 1975: the day boundary is plain arithmetic.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Days since the epoch on Viet Nam calendars. */
export function vietnamDayNumber(ms: number): number {
  return Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS);
}

/** "2026-03-02" for a Viet Nam day number. */
export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface DayCounts {
  tenantId: string;
  /** Viet Nam calendar day, YYYY-MM-DD. */
  day: string;
  visits: number;
  pageViews: number;
}

export interface ArticleViews {
  tenantId: string;
  articleId: string;
  views: number;
}

/** What a flush writes: one row per tenant and day, one per article viewed. */
export interface VisitBatch {
  days: DayCounts[];
  articles: ArticleViews[];
}

export interface VisitTrackerOptions {
  /** Milliseconds since the epoch. */
  now: () => number;
  /** "Số người trực tuyến": distinct visitors seen within this window (default 5 min). */
  onlineWindowMs?: number;
  isBot?: (userAgent: string) => boolean;
  /**
   * Memory bound per tenant and day on the visitors remembered for de-duplication. Beyond it,
   * new visitors add page views but no visits: a flood of forged addresses cannot grow memory.
   */
  maxVisitorsPerDay?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UA_CACHE_LIMIT = 2_000;

/**
 * Counts visits without cookies and without writing per request. A visitor is a salted hash of
 * IP + user agent; the salt is random, lives only in memory and changes at Viet Nam midnight, so
 * yesterday's hashes cannot be linked to today's nor turned back into addresses. Counts wait
 * here until a flush takes them.
 */
export class VisitTracker {
  private readonly now: () => number;
  private readonly onlineWindowMs: number;
  private readonly isBot: (ua: string) => boolean;
  private readonly maxVisitors: number;
  private day = -1;
  private salt = '';
  /** User agents repeat all day long: remember the (costly) bot verdict per string. */
  private readonly uaVerdicts = new Map<string, boolean>();
  private readonly seenToday = new Map<string, Set<string>>();
  private readonly lastSeen = new Map<string, Map<string, number>>();
  private pendingDays = new Map<string, DayCounts>();
  private pendingArticles = new Map<string, ArticleViews>();
  /** Taken by a flush that has not finished: still part of the totals shown. */
  private inFlight: VisitBatch | null = null;

  constructor(opts: VisitTrackerOptions) {
    this.now = opts.now;
    this.onlineWindowMs = opts.onlineWindowMs ?? 5 * 60_000;
    this.isBot = opts.isBot ?? botMatcher();
    this.maxVisitors = opts.maxVisitorsPerDay ?? 200_000;
  }

  /** The hot path: one hash and a few map updates. False when not counted (a bot). */
  record(tenantId: string, ip: string, userAgent: string, articleId: string | null = null): boolean {
    let bot = this.uaVerdicts.get(userAgent);
    if (bot === undefined) {
      bot = this.isBot(userAgent);
      if (this.uaVerdicts.size >= UA_CACHE_LIMIT) this.uaVerdicts.clear();
      this.uaVerdicts.set(userAgent, bot);
    }
    if (bot) return false;
    const now = this.now();
    const day = vietnamDayNumber(now);
    if (day !== this.day) this.rotate(day);
    const visitor = hash('sha256', `${this.salt}\n${ip}\n${userAgent}`, 'base64url').slice(0, 16);

    const dayKey = `${tenantId}|${day}`;
    let counts = this.pendingDays.get(dayKey);
    if (!counts) {
      counts = { tenantId, day: dayNumberToIso(day), visits: 0, pageViews: 0 };
      this.pendingDays.set(dayKey, counts);
    }
    counts.pageViews++;
    let seen = this.seenToday.get(tenantId);
    if (!seen) {
      seen = new Set();
      this.seenToday.set(tenantId, seen);
    }
    if (!seen.has(visitor) && seen.size < this.maxVisitors) {
      seen.add(visitor);
      counts.visits++;
    }
    let online = this.lastSeen.get(tenantId);
    if (!online) {
      online = new Map();
      this.lastSeen.set(tenantId, online);
    }
    if (online.size < this.maxVisitors || online.has(visitor)) online.set(visitor, now);

    if (articleId && UUID.test(articleId)) {
      const key = `${tenantId}|${articleId}`;
      const views = this.pendingArticles.get(key);
      if (views) views.views++;
      else this.pendingArticles.set(key, { tenantId, articleId, views: 1 });
    }
    return true;
  }

  /** Distinct visitors seen within the online window. */
  onlineNow(tenantId: string): number {
    const online = this.lastSeen.get(tenantId);
    if (!online) return 0;
    this.pruneOnline(online);
    return online.size;
  }

  /** Visits counted here and not yet in the database (pending and in flight), all days. */
  unsavedVisits(tenantId: string): number {
    let n = 0;
    for (const d of this.unsavedDays(tenantId)) n += d.visits;
    return n;
  }

  /** Unsaved counts per day of one tenant, pending and in flight merged. */
  unsavedDays(tenantId: string): DayCounts[] {
    const byDay = new Map<string, DayCounts>();
    const add = (d: DayCounts) => {
      if (d.tenantId !== tenantId) return;
      const sum = byDay.get(d.day);
      if (sum) {
        sum.visits += d.visits;
        sum.pageViews += d.pageViews;
      } else byDay.set(d.day, { ...d });
    };
    for (const d of this.pendingDays.values()) add(d);
    for (const d of this.inFlight?.days ?? []) add(d);
    return [...byDay.values()];
  }

  /** Unsaved article views of one tenant: article id → views. */
  unsavedArticleViews(tenantId: string): Map<string, number> {
    const out = new Map<string, number>();
    const add = (a: ArticleViews) => {
      if (a.tenantId === tenantId) out.set(a.articleId, (out.get(a.articleId) ?? 0) + a.views);
    };
    for (const a of this.pendingArticles.values()) add(a);
    for (const a of this.inFlight?.articles ?? []) add(a);
    return out;
  }

  /** Hands the pending counts to a flush; null when there is nothing to write or a flush is running. */
  take(): VisitBatch | null {
    for (const online of this.lastSeen.values()) this.pruneOnline(online);
    if (this.inFlight) return null;
    if (this.pendingDays.size === 0 && this.pendingArticles.size === 0) return null;
    const batch: VisitBatch = {
      days: [...this.pendingDays.values()],
      articles: [...this.pendingArticles.values()],
    };
    this.pendingDays = new Map();
    this.pendingArticles = new Map();
    this.inFlight = batch;
    return batch;
  }

  /** Ends the flush of `batch`; the parts that failed to save go back to pending for the next one. */
  settle(batch: VisitBatch, saved: { days: boolean; articles: boolean }): void {
    if (this.inFlight === batch) this.inFlight = null;
    if (!saved.days) {
      for (const d of batch.days) {
        const key = `${d.tenantId}|${d.day}`;
        const counts = this.pendingDays.get(key);
        if (counts) {
          counts.visits += d.visits;
          counts.pageViews += d.pageViews;
        } else this.pendingDays.set(key, d);
      }
    }
    if (!saved.articles) {
      for (const a of batch.articles) {
        const key = `${a.tenantId}|${a.articleId}`;
        const views = this.pendingArticles.get(key);
        if (views) views.views += a.views;
        else this.pendingArticles.set(key, a);
      }
    }
  }

  private rotate(day: number): void {
    this.day = day;
    this.salt = randomBytes(16).toString('base64');
    this.seenToday.clear();
  }

  private pruneOnline(online: Map<string, number>): void {
    const since = this.now() - this.onlineWindowMs;
    for (const [visitor, at] of online) if (at <= since) online.delete(visitor);
  }
}

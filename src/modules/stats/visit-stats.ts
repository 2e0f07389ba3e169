import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../../core/db/types.ts';
import * as repo from './stats.repo.ts';
import { VisitTracker, type VisitTrackerOptions } from './visit-tracker.ts';

const TOTAL_TTL_MS = 60_000;

export interface VisitStatsOptions extends Partial<VisitTrackerOptions> {
  db: () => Executor;
  /** Milliseconds since the epoch. */
  now: () => number;
  log: FastifyBaseLogger;
}

/**
 * The process's visit counting: the in-memory tracker, its flush to the database and the saved
 * totals the counter adds the unsaved counts to. One per app (decorated as app.visitStats).
 */
export class VisitStats {
  readonly tracker: VisitTracker;
  private readonly db: () => Executor;
  private readonly now: () => number;
  private readonly log: FastifyBaseLogger;
  private flushing: Promise<void> = Promise.resolve();
  /** Saved visits per tenant, re-read after each flush and at least every minute (other nodes write too). */
  private readonly saved = new Map<string, { total: number; at: number }>();
  private savedVersion = 0;

  constructor(opts: VisitStatsOptions) {
    this.db = opts.db;
    this.now = opts.now;
    this.log = opts.log;
    this.tracker = new VisitTracker({ ...opts, now: opts.now });
  }

  /**
   * Writes what accumulated: one statement for the days, one for the article views. Flushes run
   * one after another; a failed part stays in memory for the next one.
   */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce());
    return this.flushing;
  }

  /** Total visits in the database for the tenant (cached; see `saved`). */
  async savedTotal(tenantId: string): Promise<number> {
    const hit = this.saved.get(tenantId);
    if (hit && this.now() - hit.at < TOTAL_TTL_MS) return hit.total;
    const version = this.savedVersion;
    const total = await repo.sumVisits(this.db(), tenantId);
    // A flush that committed meanwhile may or may not be in this sum: do not keep it.
    if (version === this.savedVersion) this.saved.set(tenantId, { total, at: this.now() });
    return total;
  }

  private async flushOnce(): Promise<void> {
    const batch = this.tracker.take();
    if (!batch) return;
    const saved = { days: false, articles: false };
    try {
      await repo.addVisitDays(this.db(), batch.days);
      saved.days = true;
      await repo.addArticleViews(this.db(), batch.articles);
      saved.articles = true;
    } catch (err) {
      this.log.warn({ err, days: batch.days.length, articles: batch.articles.length }, 'visit flush failed');
    } finally {
      // Synchronously with settling: the unsaved counts leave memory as the saved totals are dropped.
      if (saved.days) {
        this.savedVersion++;
        this.saved.clear();
      }
      this.tracker.settle(batch, saved);
    }
  }
}

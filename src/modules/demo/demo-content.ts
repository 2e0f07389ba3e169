// The demo content in one place, plus the pure helpers the loader needs: publication times
// relative to "now" (Vietnam calendar), year tokens, and the inline picture placeholders.

import type { DemoArticle } from './demo.types.ts';
import { DEMO_ARTICLES } from './demo-articles.data.ts';
import { DEMO_CATEGORIES } from './demo-categories.data.ts';
import { DEMO_DOCUMENTS } from './demo-documents.data.ts';
import { DEMO_IMAGE_SRC_PREFIX } from './demo-html.ts';
import { DEMO_IMAGE_KEYS, type DemoImageKey } from './demo-images.data.ts';
import { DEMO_LINKS, DEMO_PAGES, DEMO_SITE_SETTINGS } from './demo-pages.data.ts';

export {
  DEMO_ARTICLES,
  DEMO_CATEGORIES,
  DEMO_DOCUMENTS,
  DEMO_IMAGE_KEYS,
  DEMO_IMAGE_SRC_PREFIX,
  DEMO_LINKS,
  DEMO_PAGES,
  DEMO_SITE_SETTINGS,
};

const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** Calendar fields of an instant in Vietnam (UTC+7, no daylight saving). */
function vnParts(at: Date): { year: number; month: number; day: number } {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * The instant an article is dated: `daysAgo` calendar days before `now` in Vietnam, at its
 * "HH:MM" Vietnam time. Negative daysAgo gives a future (scheduled) time.
 */
export function demoArticleDate(article: Pick<DemoArticle, 'daysAgo' | 'time'>, now: Date): Date {
  const { year, month, day } = vnParts(now);
  const [hh = 0, mm = 0] = article.time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day - article.daysAgo, hh, mm) - VN_OFFSET_MS);
}

/**
 * Resolves the year tokens of a text against a date (Vietnam calendar):
 * {{nam}} the year, {{nam_truoc}} / {{nam_sau}} the years around it, and the reporting period
 * that last ended — from January to June the previous year ("năm 2025", reviewed at a
 * "tổng kết"), from July the first half of the year ("6 tháng đầu năm 2026", a "sơ kết"):
 * {{ky}} that period, {{ky_toi}} the one that follows, {{so_tong_ket}} the kind of review.
 */
export function resolveYearTokens(text: string, at: Date): string {
  const { year, month } = vnParts(at);
  const firstHalf = month <= 6;
  const values: Record<string, string> = {
    nam: String(year),
    nam_truoc: String(year - 1),
    nam_sau: String(year + 1),
    ky: firstHalf ? `năm ${year - 1}` : `6 tháng đầu năm ${year}`,
    ky_toi: firstHalf ? `năm ${year}` : `6 tháng cuối năm ${year}`,
    so_tong_ket: firstHalf ? 'tổng kết' : 'sơ kết',
  };
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface MaterializedDemoArticle extends Omit<DemoArticle, 'daysAgo' | 'time'> {
  /** Null for drafts and submitted articles; a future instant for scheduled ones. */
  publishedAt: Date | null;
  /** When the article was written (its date, whatever its status): for created/updated times. */
  writtenAt: Date;
  scheduled: boolean;
}

/** The articles as the loader stores them at `now`: dated, tokens resolved, oldest first. */
export function materializeDemoArticles(now: Date): MaterializedDemoArticle[] {
  return DEMO_ARTICLES.map((a): MaterializedDemoArticle => {
    const { daysAgo, time, ...rest } = a as DemoArticle;
    const dated = demoArticleDate({ daysAgo, time }, now);
    const published = a.status === 'published';
    return {
      ...rest,
      title: resolveYearTokens(a.title, dated),
      summary: resolveYearTokens(a.summary, dated),
      bodyHtml: resolveYearTokens(a.bodyHtml, dated),
      publishedAt: published ? dated : null,
      writtenAt: published && dated > now ? new Date(now.getTime() - DAY_MS) : dated,
      scheduled: published && dated > now,
    };
  }).sort((x, y) => x.writtenAt.getTime() - y.writtenAt.getTime());
}

const IMG_PLACEHOLDER = /<img src="\/demo-image\/([a-z0-9-]+)" alt="([^"]*)" \/>/g;

/** The picture keys an HTML body refers to, in order, without repeats. */
export function demoImageKeysIn(html: string): DemoImageKey[] {
  const keys = new Set<string>();
  for (const m of html.matchAll(IMG_PLACEHOLDER)) keys.add(m[1] as string);
  return [...keys] as DemoImageKey[];
}

/**
 * Replaces each inline placeholder `<img src="/demo-image/KEY" alt="…" />` by what `render`
 * returns for it (typically the stored media's `<img>` with its URL and data-media-id). `alt` is
 * given HTML-escaped, as written in the body.
 */
export function replaceDemoImages(html: string, render: (key: DemoImageKey, alt: string) => string): string {
  return html.replace(IMG_PLACEHOLDER, (_whole, key: string, alt: string) =>
    render(key as DemoImageKey, alt),
  );
}

/** Every picture key the demo uses (covers and inline pictures), for generating them once. */
export function demoImageKeysUsed(): DemoImageKey[] {
  const keys = new Set<DemoImageKey>();
  for (const a of DEMO_ARTICLES as DemoArticle[]) {
    if (a.coverImageKey) keys.add(a.coverImageKey);
    for (const k of demoImageKeysIn(a.bodyHtml)) keys.add(k);
  }
  return [...keys];
}

import { describe, expect, it } from 'vitest';
import { BOT_USER_AGENT_FRAGMENTS, botMatcher } from './bot-filter.ts';
import { dayNumberToIso, VisitTracker, vietnamDayNumber } from './visit-tracker.ts';

const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';
const ARTICLE = '00000000-0000-4000-8000-0000000000a1';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const COC_COC =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/124.0.0 Chrome/118.0.0.0 Safari/537.36';
const ZALO =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 Zalo android/12';

function trackerAt(start: string) {
  let now = Date.parse(start);
  const tracker = new VisitTracker({ now: () => now });
  return { tracker, advance: (ms: number) => (now += ms), now: () => now };
}

describe('Viet Nam days', () => {
  it('turns at 17:00 UTC (midnight in Viet Nam)', () => {
    expect(dayNumberToIso(vietnamDayNumber(Date.parse('2026-03-01T16:59:59Z')))).toBe('2026-03-01');
    expect(dayNumberToIso(vietnamDayNumber(Date.parse('2026-03-01T17:00:00Z')))).toBe('2026-03-02');
  });
});

describe('bot filter', () => {
  const isBot = botMatcher();

  it('excludes crawlers, previewers and scripts', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
      'curl/8.5.0',
      'python-requests/2.31',
      '',
    ]) {
      expect(isBot(ua), ua).toBe(true);
    }
  });

  it('counts ordinary browsers, including Cốc Cốc and Zalo’s in-app browser', () => {
    for (const ua of [CHROME, COC_COC, ZALO]) expect(isBot(ua), ua).toBe(false);
  });

  it('takes its list as data', () => {
    expect(BOT_USER_AGENT_FRAGMENTS).toContain('spider');
    expect(botMatcher(['chrome'])(CHROME)).toBe(true);
    expect(botMatcher(['khong-co'])(CHROME)).toBe(false);
  });
});

describe('VisitTracker', () => {
  it('counts a visitor once a day and every page view', () => {
    const { tracker } = trackerAt('2026-03-02T03:00:00Z');
    tracker.record(T1, '10.0.0.1', CHROME);
    tracker.record(T1, '10.0.0.1', CHROME);
    tracker.record(T1, '10.0.0.2', CHROME);
    tracker.record(T1, '10.0.0.1', COC_COC); // another browser on the same address: another visitor
    expect(tracker.unsavedDays(T1)).toEqual([{ tenantId: T1, day: '2026-03-02', visits: 3, pageViews: 4 }]);
    expect(tracker.unsavedVisits(T2)).toBe(0);
  });

  it('ignores bots entirely', () => {
    const { tracker } = trackerAt('2026-03-02T03:00:00Z');
    expect(tracker.record(T1, '10.0.0.1', 'Googlebot/2.1')).toBe(false);
    expect(tracker.unsavedDays(T1)).toEqual([]);
    expect(tracker.onlineNow(T1)).toBe(0);
  });

  it('counts the same visitor again after Viet Nam midnight, on the new day', () => {
    const { tracker, advance } = trackerAt('2026-03-02T16:50:00Z'); // 23:50 in Viet Nam
    tracker.record(T1, '10.0.0.1', CHROME);
    advance(20 * 60_000); // 00:10 the next day
    tracker.record(T1, '10.0.0.1', CHROME);
    tracker.record(T1, '10.0.0.1', CHROME);
    expect(tracker.unsavedDays(T1).sort((a, b) => a.day.localeCompare(b.day))).toEqual([
      { tenantId: T1, day: '2026-03-02', visits: 1, pageViews: 1 },
      { tenantId: T1, day: '2026-03-03', visits: 1, pageViews: 2 },
    ]);
  });

  it('knows who is online in the last five minutes, per tenant', () => {
    const { tracker, advance } = trackerAt('2026-03-02T03:00:00Z');
    tracker.record(T1, '10.0.0.1', CHROME);
    advance(2 * 60_000);
    tracker.record(T1, '10.0.0.2', CHROME);
    tracker.record(T2, '10.0.0.3', CHROME);
    expect(tracker.onlineNow(T1)).toBe(2);
    advance(3 * 60_000); // the first visitor's last page is now five minutes old
    expect(tracker.onlineNow(T1)).toBe(1);
    expect(tracker.onlineNow(T2)).toBe(1);
    advance(3 * 60_000);
    expect(tracker.onlineNow(T1)).toBe(0);
  });

  it('counts article views, ignoring ids that are not UUIDs', () => {
    const { tracker } = trackerAt('2026-03-02T03:00:00Z');
    tracker.record(T1, '10.0.0.1', CHROME, ARTICLE);
    tracker.record(T1, '10.0.0.2', CHROME, ARTICLE);
    tracker.record(T1, '10.0.0.2', CHROME, "1'; drop table articles; --");
    expect([...tracker.unsavedArticleViews(T1)]).toEqual([[ARTICLE, 2]]);
  });

  it('hands counts to one flush at a time and takes back what failed to save', () => {
    const { tracker } = trackerAt('2026-03-02T03:00:00Z');
    tracker.record(T1, '10.0.0.1', CHROME, ARTICLE);
    const batch = tracker.take();
    expect(batch?.days).toHaveLength(1);
    expect(batch?.articles).toHaveLength(1);
    expect(tracker.take()).toBeNull(); // one flush at a time
    // While the batch is in flight it still counts in the totals shown.
    tracker.record(T1, '10.0.0.2', CHROME, ARTICLE);
    expect(tracker.unsavedVisits(T1)).toBe(2);
    expect(tracker.unsavedArticleViews(T1).get(ARTICLE)).toBe(2);
    if (!batch) throw new Error('no batch');
    tracker.settle(batch, { days: true, articles: false });
    expect(tracker.unsavedVisits(T1)).toBe(1);
    expect(tracker.unsavedArticleViews(T1).get(ARTICLE)).toBe(2);
    const next = tracker.take();
    expect(next?.articles).toEqual([{ tenantId: T1, articleId: ARTICLE, views: 2 }]);
    if (next) tracker.settle(next, { days: true, articles: true });
    expect(tracker.take()).toBeNull();
  });

  it('bounds the visitors it remembers: beyond, page views only', () => {
    let now = Date.parse('2026-03-02T03:00:00Z');
    const tracker = new VisitTracker({ now: () => now, maxVisitorsPerDay: 2 });
    for (let i = 0; i < 5; i++) tracker.record(T1, `10.0.0.${i}`, CHROME);
    now += 1;
    expect(tracker.unsavedDays(T1)[0]).toMatchObject({ visits: 2, pageViews: 5 });
    expect(tracker.onlineNow(T1)).toBe(2);
  });
});

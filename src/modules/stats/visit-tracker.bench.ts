// Cost of counting one page view on the hot path (npx vitest bench --run src/modules/stats).
// Figures go into notes, never into assertions.
import { bench, describe } from 'vitest';
import { VisitTracker } from './visit-tracker.ts';

const TENANT = '00000000-0000-4000-8000-000000000001';
const ARTICLE = '00000000-0000-4000-8000-0000000000a1';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const now = Date.parse('2026-03-02T03:00:00Z');

describe('VisitTracker.record', () => {
  const returning = new VisitTracker({ now: () => now });
  const ips = Array.from({ length: 1_000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`);
  let i = 0;
  bench('returning visitor (1,000 distinct)', () => {
    returning.record(TENANT, ips[i++ % ips.length] as string, CHROME);
  });

  const fresh = new VisitTracker({ now: () => now, maxVisitorsPerDay: 10_000_000 });
  let j = 0;
  bench('new visitor every time', () => {
    j++;
    fresh.record(TENANT, `10.${(j >> 16) & 255}.${(j >> 8) & 255}.${j & 255}`, CHROME);
  });

  const article = new VisitTracker({ now: () => now });
  let k = 0;
  bench('returning visitor reading an article', () => {
    article.record(TENANT, ips[k++ % ips.length] as string, CHROME, ARTICLE);
  });

  const bots = new VisitTracker({ now: () => now });
  bench('bot (verdict cached per user agent)', () => {
    bots.record(
      TENANT,
      '10.0.0.1',
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    );
  });
});

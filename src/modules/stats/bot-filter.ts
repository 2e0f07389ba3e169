/**
 * User-agent fragments of crawlers, link previewers and automation, matched case-insensitively.
 * Data, not logic: add a fragment here when a new bot shows up in the logs. Note: "headlesschrome"
 * also excludes our own browser tests (headless Chromium); a test that wants to be counted sends
 * an ordinary user agent.
 */
export const BOT_USER_AGENT_FRAGMENTS: readonly string[] = [
  'bot', // also coccocbot; the Cốc Cốc browser itself says "coc_coc_browser" and is counted
  'crawl',
  'spider',
  'slurp',
  'facebookexternalhit',
  'facebookcatalog',
  'preview',
  'headlesschrome',
  'lighthouse',
  'pagespeed',
  'yandex',
  'baidu',
  'python-requests',
  'python-urllib',
  'aiohttp',
  'go-http-client',
  'curl/',
  'wget/',
  'httpclient',
  'okhttp',
  'axios/',
  'node-fetch',
  'undici',
  'java/',
  'libwww',
  'scrapy',
  'phantomjs',
  'puppeteer',
  'playwright',
  'selenium',
  'uptime',
  'monitor',
  'pingdom',
  'feedfetcher',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One regular expression for the whole list: a single scan per request. */
export function botMatcher(fragments: readonly string[] = BOT_USER_AGENT_FRAGMENTS): (ua: string) => boolean {
  const re = new RegExp(fragments.map(escapeRegExp).join('|'), 'i');
  // No user agent at all is a script, not a reader.
  return (ua) => ua.length < 8 || re.test(ua);
}

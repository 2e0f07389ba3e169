// The portal benchmark (issue 3): a large generated site in a scratch DATA_DIR, the real server
// started on it, and autocannon against the public pages, all in one run. Figures are printed
// with the targets; nothing is asserted.
//
// How "cache miss" is guaranteed: the page cache keys pages by URL. The miss scenario walks a pool
// of distinct published articles that no earlier step requested (the warm-up and the hot article
// come from a separate pool), one new article per request across all connections. If the run
// outlasts the pool, the walk starts over with a marker the page ignores ("?lan=2", "?lan=3"…),
// which is again a new key. Every response's X-Cache header is counted, so the report shows
// that they all missed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from '../../tests/helpers/server-process.ts';
import { rng, shuffled } from '../random.ts';
import { summarizeProfile } from './cpu-profile.ts';
import { type LoadResult, runLoad } from './load.ts';
import { preparePortalData } from './portal-data.ts';
import { cpuMs, RssSampler } from './process-stats.ts';
import { SEARCH_QUERIES, type SearchTiming, timeSearches } from './search-timing.ts';

export interface PortalOptions {
  articles: number;
  years: number;
  durationSeconds: number;
  connections: number;
  /** Timed passes over the 50 search queries. */
  searchRuns: number;
  /** Keep the generated data here and reuse it (seeding 20,000 articles takes minutes). */
  dataDir?: string | undefined;
  /** Run only these scenarios (by key); all when empty. */
  only: string[];
  /** Profile the server (V8 sampling profiler, as --cpu-prof) into this directory and print its hot spots. */
  cpuProfDir?: string | undefined;
}

/** Articles requested before the measurements (warm-up and the hot article), never in the miss pool. */
const WARM_POOL = 400;
const HOT_PARENT_CATEGORY = 'tin-tuc-su-kien';
const SEARCH_Q = encodeURIComponent('hợp tác xã');
/** Fastify's default router limit on one path parameter. */
const MAX_PARAM_LENGTH = 100;

const out = (line = '') => process.stdout.write(`${line}\n`);

/** A scenario's load figures and the server's CPU per request (Linux /proc, all its threads). */
type Measured = LoadResult & { cpuPerRequest: number };

interface Scenario {
  key: string;
  title: string;
  /** Part of the targets (false: shown for information). */
  target: boolean;
  origin: 'server' | 'bare';
  path: string | (() => string);
  headers?: Record<string, string>;
  /** Explains the cache figures for the reader. */
  note?: string;
}

/** A path that is new on every call: `base` + sep + "b=<n>", a marker no page reads. */
function busted(base: string): () => string {
  let n = 0;
  const sep = base.includes('?') ? '&' : '?';
  return () => `${base}${sep}b=${++n}`;
}

/** Distinct article URLs, one per call; over again with "?lan=k" once the pool is used up. */
function articleWalk(slugs: readonly string[]): { next: () => string; used: () => number } {
  let i = 0;
  return {
    next: () => {
      const slug = slugs[i % slugs.length] as string;
      const round = Math.floor(i / slugs.length);
      i++;
      return round === 0 ? `/tin-tuc/${slug}` : `/tin-tuc/${slug}?lan=${round + 1}`;
    },
    used: () => i,
  };
}

/**
 * Starts bare-server.ts in its own process and waits for the URL it prints. A child process is
 * the fairer baseline: the product server is a child process too, so both get their own event
 * loop and core while autocannon runs here. A route inside this process would share one event
 * loop with the load generator, so the baseline would be understated and the ratio flattered.
 */
async function startBareServer(
  pageFile: string,
): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const script = new URL('./bare-server.ts', import.meta.url).pathname;
  const proc = spawn(process.execPath, ['--import', 'tsx', script, pageFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((ok, fail) => {
    lines.on('line', (line) => {
      const m = /bare server at (http:\/\/\S+)/.exec(line);
      if (m?.[1]) ok(m[1]);
    });
    proc.once('exit', (code) => fail(new Error(`bare server exited with ${code}`)));
  });
  return {
    url,
    pid: proc.pid as number,
    stop: async () => {
      if (proc.exitCode !== null) return;
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Waits until the server has worked off what the previous scenario left queued: autocannon stops
 * on time, but the renders it had asked for still run, and the next scenario would measure them.
 * Settled = /readyz (a database round trip, queued behind everything else) answers within
 * `fastMs` twice in a row. Returns the seconds waited.
 */
async function settle(origin: string, fastMs: number): Promise<number> {
  const t0 = performance.now();
  let fast = 0;
  while (fast < 2 && performance.now() - t0 < 60_000) {
    const t = performance.now();
    await fetch(`${origin}/readyz`).then((r) => r.arrayBuffer());
    fast = performance.now() - t <= fastMs ? fast + 1 : 0;
  }
  return (performance.now() - t0) / 1000;
}

async function get(origin: string, path: string): Promise<{ status: number; body: Buffer; cache: string }> {
  const res = await fetch(origin + path);
  return {
    status: res.status,
    body: Buffer.from(await res.arrayBuffer()),
    cache: res.headers.get('x-cache') ?? '',
  };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const cacheText = (c: Record<string, number>) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export async function runPortal(o: PortalOptions): Promise<void> {
  const started = performance.now();
  const env = {
    ADMIN_EMAIL: 'bench@example.vn',
    ADMIN_PASSWORD: 'mat-khau-do-tai-1',
    TENANT_NAME: 'Liên minh Hợp tác xã tỉnh Đo Tải',
  };
  const data = await preparePortalData({
    articles: o.articles,
    years: o.years,
    keepIn: o.dataDir,
    env,
    progress: out,
  });
  let server: ServerProcess | null = null;
  let bare: Awaited<ReturnType<typeof startBareServer>> | null = null;
  let rss: RssSampler | null = null;
  const profDir = o.cpuProfDir ? resolve(o.cpuProfDir) : null;
  try {
    if (profDir) mkdirSync(profDir, { recursive: true });
    server = await startServerProcess({
      ...env,
      DATA_DIR: data.dataDir,
      LOG_LEVEL: 'warn',
      HOPTAC_DEMO: '0',
      ...(profDir
        ? {
            NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${new URL('./cpu-prof-preload.mjs', import.meta.url).pathname}`,
            BENCH_CPU_PROF_DIR: profDir,
          }
        : {}),
    });
    const origin = server.url;
    const pid = server.proc.pid;
    if (!pid) throw new Error('server process has no pid');
    rss = new RssSampler(pid);
    out(`server ${origin} (pid ${pid}) on ${data.dataDir}`);
    // What "settled" means on this machine now: a database round trip on the idle server, ×5.
    let idleReady = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await fetch(`${origin}/readyz`).then((r) => r.arrayBuffer());
      idleReady = Math.min(idleReady, performance.now() - t);
    }
    const settledMs = Math.max(25, 5 * idleReady);

    // Pools: the newest article is the hot one (what readers open most); the warm pool is
    // requested before measuring; the miss pool is everything else, in random order.
    // Fastify answers 414 for a route parameter over 100 characters (maxParamLength), and
    // resolveSlug can make such slugs ("-2" after a 100-character base): those articles are
    // unreachable, so they stay out of the pools (counted in the report).
    const reachable = data.summary.slugs.filter((s) => s.length <= MAX_PARAM_LENGTH);
    const unreachable = data.summary.slugs.length - reachable.length;
    const newestFirst = reachable.reverse();
    const hotSlug = newestFirst[0] as string;
    const warmPool = newestFirst.slice(0, Math.min(WARM_POOL, newestFirst.length));
    const missPool = shuffled(rng(7), newestFirst.slice(warmPool.length));
    const hotPath = `/tin-tuc/${hotSlug}`;
    const categoryPath = `/chuyen-muc/${HOT_PARENT_CATEGORY}?trang=2`;
    const searchPath = `/tim-kiem?q=${SEARCH_Q}`;

    // Warm-up: JIT, PGlite's buffers, the page cache for the fixed URLs.
    rss.mark('warm-up');
    for (const path of [hotPath, '/', categoryPath, searchPath]) {
      const r = await get(origin, path);
      if (r.status !== 200) throw new Error(`warm-up: ${path} answered ${r.status}`);
    }
    const warmWalk = articleWalk(warmPool);
    await runLoad({
      origin,
      path: warmWalk.next,
      connections: o.connections,
      durationSeconds: Math.min(3, o.durationSeconds),
    });
    const hotPage = await get(origin, hotPath);
    if (hotPage.cache !== 'hit') throw new Error(`hot article not served from the cache (${hotPage.cache})`);
    const pageFile = join(data.dataDir, 'bench-hot-article.html');
    writeFileSync(pageFile, hotPage.body);
    bare = await startBareServer(pageFile);
    // The bare server is a fresh process: give its JIT the same warm-up the product server had.
    await runLoad({ origin: bare.url, path: hotPath, connections: o.connections, durationSeconds: 1 });
    out(
      `hot article ${hotPath}: ${hotPage.body.length} bytes; miss pool ${missPool.length} distinct articles`,
    );

    const missWalk = articleWalk(missPool);
    const scenarios: Scenario[] = [
      {
        key: 'bare',
        title: 'bare Fastify, same article bytes',
        target: true,
        origin: 'bare',
        path: hotPath,
      },
      {
        key: 'hit',
        title: 'article, cache hit (one hot URL)',
        target: true,
        origin: 'server',
        path: hotPath,
      },
      {
        key: 'miss',
        title: 'article, cache miss (distinct articles)',
        target: true,
        origin: 'server',
        path: missWalk.next,
      },
      { key: 'home', title: 'home /', target: true, origin: 'server', path: '/' },
      { key: 'category', title: 'category page 2', target: true, origin: 'server', path: categoryPath },
      { key: 'search', title: 'search "hợp tác xã"', target: true, origin: 'server', path: searchPath },
      {
        key: 'hit-br',
        title: 'article, cache hit, Accept-Encoding br/gzip',
        target: false,
        origin: 'server',
        path: hotPath,
        headers: { 'accept-encoding': 'br, gzip, deflate' },
        note: 'as browsers ask: the cached page is compressed again on every response',
      },
      {
        key: 'home-miss',
        title: 'home, uncached (?b=n)',
        target: false,
        origin: 'server',
        path: busted('/'),
      },
      {
        key: 'category-miss',
        title: 'category page 2, uncached',
        target: false,
        origin: 'server',
        path: busted(categoryPath),
      },
      {
        key: 'search-miss',
        title: 'search "hợp tác xã", uncached',
        target: false,
        origin: 'server',
        path: busted(searchPath),
      },
    ];
    const selected = o.only.length ? scenarios.filter((s) => o.only.includes(s.key)) : scenarios;
    const unknown = o.only.filter((k) => k !== 'search-p95' && !scenarios.some((s) => s.key === k));
    if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}`);

    out(`\n${o.connections} connections, ${o.durationSeconds} s per scenario`);
    // With --cpu-prof: the profile covers the scenarios only, not the start or the warm-up.
    if (profDir) server.proc.kill('SIGUSR2');
    const results = new Map<string, Measured>();
    for (const s of selected) {
      // Before the bare route too: a server still busy would take CPU from it on a 2-core machine.
      await settle(origin, settledMs);
      rss.mark(s.key);
      const cpu0 = cpuMs(s.origin === 'bare' ? bare.pid : pid);
      const load = await runLoad({
        origin: s.origin === 'bare' ? bare.url : origin,
        path: s.path,
        ...(s.headers ? { headers: s.headers } : {}),
        connections: o.connections,
        durationSeconds: o.durationSeconds,
      });
      const r = {
        ...load,
        cpuPerRequest: (cpuMs(s.origin === 'bare' ? bare.pid : pid) - cpu0) / load.requests,
      };
      results.set(s.key, r);
      out(
        `  ${s.title}: ${fmt(r.reqPerSec)} req/s, p50 ${fmt(r.p50, 1)} ms, p95 ${fmt(r.p95, 1)} ms, p99 ${fmt(r.p99, 1)} ms` +
          `, server CPU ${fmt(r.cpuPerRequest, 2)} ms/req` +
          `${r.non2xx || r.errors ? `, non-2xx ${r.non2xx}, errors ${r.errors}` : ''}` +
          `${s.origin === 'server' ? ` [x-cache: ${cacheText(r.cache)}]` : ''}`,
      );
    }
    if (profDir) server.proc.kill('SIGUSR2');
    const missRequests = missWalk.used();
    let search: SearchTiming | null = null;
    let searchCpu = Number.NaN;
    if (!o.only.length || o.only.includes('search-p95')) {
      await settle(origin, settledMs);
      rss.mark('search-p95');
      const cpu0 = cpuMs(pid);
      search = await timeSearches(origin, o.searchRuns);
      // One untimed warm-up pass besides the timed ones.
      searchCpu = (cpuMs(pid) - cpu0) / (search.samples + SEARCH_QUERIES.length);
    }
    rss.stop();

    printReport({
      o,
      selected,
      results,
      search,
      searchCpu,
      rss,
      missPool: missPool.length,
      missRequests,
      unreachable,
    });
  } finally {
    rss?.stop();
    await bare?.stop();
    if (server) await stopServerProcess(server);
    data.dispose();
  }
  if (profDir) printProfile(profDir);
  out(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Report {
  o: PortalOptions;
  selected: Scenario[];
  results: Map<string, Measured>;
  search: SearchTiming | null;
  /** Server CPU per search request, ms. */
  searchCpu: number;
  rss: RssSampler;
  /** Generated articles left out of the pools (slug too long for the router). */
  unreachable: number;
  missPool: number;
  missRequests: number;
}

/** Requests per second one idle core would serve at this CPU cost (the server is one thread + PGlite). */
const perCore = (cpuPerRequest: number) => 1000 / cpuPerRequest;

function printReport(r: Report): void {
  const { o, selected, results, search, searchCpu, rss, missPool, missRequests } = r;
  out(
    `\nportal benchmark — ${o.articles} articles, ${o.connections} connections, ${o.durationSeconds} s each`,
  );
  out(
    'scenario | req/s | p50 ms | p95 ms | p99 ms | errors | x-cache | KB/response | CPU ms/req | ≈ req/s per idle core | max RSS MB',
  );
  for (const s of selected) {
    const m = results.get(s.key);
    if (!m) continue;
    const server = s.origin === 'server';
    out(
      `${s.title}${s.target ? '' : ' (info)'} | ${fmt(m.reqPerSec)} | ${fmt(m.p50, 1)} | ${fmt(m.p95, 1)} | ` +
        `${fmt(m.p99, 1)} | ${m.non2xx + m.errors} | ${server ? cacheText(m.cache) : '—'} | ` +
        `${fmt(m.bodyBytes / 1024, 1)} | ${fmt(m.cpuPerRequest, 2)} | ${fmt(perCore(m.cpuPerRequest))} | ` +
        `${server ? fmt(rss.byPhase.get(s.key) ?? Number.NaN) : '—'}`,
    );
    if (s.note) out(`    ${s.note}`);
  }
  out(
    'CPU ms/req: the serving process\'s CPU time (/proc) over the scenario ÷ responses; "per idle core" = 1000 ÷ it,\n' +
      'what one otherwise idle core would serve — a steadier figure than req/s on a shared, loaded machine.',
  );
  if (r.unreachable > 0)
    out(`${r.unreachable} generated articles were left out: slug over ${MAX_PARAM_LENGTH} characters (414)`);
  const miss = results.get('miss');
  if (miss) {
    const rounds = Math.ceil(missRequests / missPool);
    out(
      `cache miss: ${missRequests} article URLs sent over ${Math.min(missRequests, missPool)} distinct articles` +
        `${rounds > 1 ? ` (${rounds} rounds, later rounds with ?lan=k)` : ' (each requested once)'}; ` +
        `X-Cache miss on ${miss.cache.miss ?? 0} of the ${miss.requests} answered within the run`,
    );
  }
  if (search) {
    out(
      `search, sequential over HTTP: ${SEARCH_QUERIES.length} queries × ${o.searchRuns} runs = ${search.samples}, ` +
        `p50 ${fmt(search.p50, 1)} ms, p95 ${fmt(search.p95, 1)} ms, max ${fmt(search.max, 1)} ms, ` +
        `server CPU ${fmt(searchCpu, 1)} ms/request (not a cache miss: ${search.notMissed}, non-200: ${search.non200})`,
    );
    out(`  slowest (median ms): ${search.slowest.map((q) => `${q.q} ${fmt(q.medianMs, 1)}`).join('; ')}`);
  }
  out(`server RSS: max ${fmt(rss.max)} MB over ${rss.samples} samples (every 500 ms)`);

  const bare = results.get('bare');
  const hit = results.get('hit');
  const targets: { name: string; figure: string; goal: string; pass: boolean | null }[] = [
    {
      name: 'article cache hit vs bare route',
      figure:
        bare && hit
          ? `${fmt((100 * hit.reqPerSec) / bare.reqPerSec)} % (${fmt(hit.reqPerSec)} / ${fmt(bare.reqPerSec)} req/s; ` +
            `by CPU ${fmt((100 * bare.cpuPerRequest) / hit.cpuPerRequest)} %)`
          : '—',
      goal: '≥ 60 %',
      pass: bare && hit ? hit.reqPerSec >= 0.6 * bare.reqPerSec : null,
    },
    {
      name: 'article cache miss',
      figure: miss
        ? `${fmt(miss.reqPerSec)} req/s (≈ ${fmt(perCore(miss.cpuPerRequest))} per idle core)`
        : '—',
      goal: '≥ 1500 req/s',
      pass: miss ? miss.reqPerSec >= 1500 && (miss.cache.miss ?? 0) === miss.requests : null,
    },
    {
      name: `search p95 (${o.articles} articles)`,
      figure: search ? `${fmt(search.p95, 1)} ms (server CPU ${fmt(searchCpu, 1)} ms/request)` : '—',
      goal: '≤ 50 ms',
      pass: search ? search.p95 <= 50 : null,
    },
    { name: 'server RSS max', figure: `${fmt(rss.max)} MB`, goal: '≤ 300 MB', pass: rss.max <= 300 },
  ];
  out('\ntarget | figure | goal | result');
  for (const t of targets)
    out(`${t.name} | ${t.figure} | ${t.goal} | ${t.pass === null ? 'not run' : t.pass ? 'PASS' : 'FAIL'}`);
}

/** The newest profile the server wrote on exit. */
function printProfile(dir: string): void {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(dir, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  const file = files[0];
  if (!file) {
    out(`no .cpuprofile in ${dir}`);
    return;
  }
  const p = summarizeProfile(file);
  out(`\nserver CPU profile ${file}: ${fmt(p.totalMs / 1000, 1)} s, idle ${fmt(p.idleMs / 1000, 1)} s`);
  out('by layer (self time, share of busy time):');
  for (const h of p.layers)
    out(`  ${fmt(h.share * 100, 1).padStart(5)} %  ${fmt(h.ms).padStart(6)} ms  ${h.name}`);
  out('functions by self time:');
  for (const h of p.self)
    out(`  ${fmt(h.share * 100, 1).padStart(5)} %  ${fmt(h.ms).padStart(6)} ms  ${h.name}`);
  out('project functions, inclusive (synchronous part only: time spent awaiting queries is not included):');
  for (const h of p.project)
    out(`  ${fmt(h.share * 100, 1).padStart(5)} %  ${fmt(h.ms).padStart(6)} ms  ${h.name}`);
}

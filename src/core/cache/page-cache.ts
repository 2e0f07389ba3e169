import type { ContentTag } from '../content-events.ts';
import { encodeBody, type PageCoding } from './page-encoding.ts';

/** A tag that drops every page of the tenant (oversized notifications, settings of the whole site). */
export const ALL_PAGES_TAG = '*';

/** What a page knew while rendering that a cache hit must still know (e.g. the article to count a view for). */
export interface PageFacts {
  viewedArticleId: string | null;
}

/** One rendered anonymous page, ready to send as is. */
export interface CachedPage {
  readonly tenantId: string;
  readonly body: Buffer;
  readonly etag: string;
  /** 200 for every page kept; another status only reaches the requests sharing that render. */
  readonly status: number;
  readonly contentType: string;
  readonly tags: readonly ContentTag[];
  readonly facts: PageFacts;
  readonly storedAt: number;
}

/** A render's outcome: the page, and whether it may be kept for others. */
export interface RenderedPage {
  page: CachedPage;
  storable: boolean;
}

export interface PageCacheOptions {
  /** Bound on the bodies, their compressed copies and bookkeeping kept, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** A page bigger than this is served but not kept (default 1/16 of maxBytes). */
  maxEntryBytes?: number;
  /**
   * Every page is dropped after this long even without a notification (default 5 min): scheduled
   * articles appear on time and a lost NOTIFY cannot leave a page stale for ever.
   */
  maxAgeMs?: number;
  /** Milliseconds since the epoch; injected so tests move time by hand. */
  now?: () => number;
}

export interface PageCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  sharedRenders: number;
}

const MiB = 1024 * 1024;
// Map entries, the key string and the tag index cost memory beyond the body; a fair estimate is enough.
const ENTRY_OVERHEAD = 256;

interface Entry {
  page: CachedPage;
  /** Bytes counted against maxBytes: body, compressed copies and bookkeeping. */
  size: number;
  /** The body compressed, made on the first request asking for that encoding. */
  encoded?: Map<PageCoding, Buffer>;
}

/**
 * In-process LRU of rendered pages, bounded by bytes, invalidated by tags (the idea of Drupal's
 * cache tags): a page records the tags of what it shows and a change drops every page carrying
 * one of its tags. Concurrent misses on one key share a single render.
 */
export class PageCache {
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  readonly maxAgeMs: number;
  private readonly now: () => number;
  /** Insertion order is recency order: a hit moves its key to the end, eviction takes the front. */
  private readonly entries = new Map<string, Entry>();
  /** `${tenantId}\n${tag}` → keys of pages carrying the tag. */
  private readonly byTag = new Map<string, Set<string>>();
  private readonly byTenant = new Map<string, Set<string>>();
  private readonly inflight = new Map<string, Promise<RenderedPage>>();
  /**
   * Bumped by every invalidation of a tenant: a render that started before an invalidation may
   * have read the old content, so its result is served once but not kept.
   */
  private readonly generations = new Map<string, number>();
  /** The key last moved to the recent end by a hit (set() of another key moves past it). */
  private lastHit: string | undefined;
  private totalBytes = 0;
  private hits = 0;
  private misses = 0;
  private sharedRenders = 0;

  constructor(opts: PageCacheOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 64 * MiB;
    this.maxEntryBytes = opts.maxEntryBytes ?? Math.floor(this.maxBytes / 16);
    this.maxAgeMs = opts.maxAgeMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  get stats(): PageCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.totalBytes,
      hits: this.hits,
      misses: this.misses,
      sharedRenders: this.sharedRenders,
    };
  }

  /** The page under key when present and young enough; counts a hit and refreshes its recency. */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.page.storedAt >= this.maxAgeMs) {
      this.delete(key);
      return undefined;
    }
    // Re-inserting moves the key to the recent end; a hot page hit again and again is there already.
    if (key !== this.lastHit) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.lastHit = key;
    }
    this.hits++;
    return entry.page;
  }

  /** Keeps a page, evicting the least recently used ones beyond the byte bound. False when too big. */
  set(key: string, page: CachedPage): boolean {
    const size = page.body.length + key.length * 2 + ENTRY_OVERHEAD + page.tags.join('').length * 2;
    if (page.status !== 200 || size > this.maxEntryBytes || size > this.maxBytes) return false;
    this.delete(key);
    this.lastHit = undefined;
    this.entries.set(key, { page, size });
    this.totalBytes += size;
    indexAdd(this.byTenant, page.tenantId, key);
    for (const tag of page.tags) indexAdd(this.byTag, tagKey(page.tenantId, tag), key);
    this.evictBeyondBound();
    return true;
  }

  /**
   * The page's body in `coding`. Compressed once and kept with the cached entry, so a hit costs no
   * compression; a page that is not (or no longer) the cached one under key is compressed for
   * this response only.
   */
  encoded(key: string, page: CachedPage, coding: PageCoding): Buffer {
    const entry = this.entries.get(key);
    const own = entry?.page === page ? entry : undefined;
    const kept = own?.encoded?.get(coding);
    if (kept) return kept;
    const body = encodeBody(page.body, coding);
    if (own) {
      own.encoded ??= new Map();
      own.encoded.set(coding, body);
      own.size += body.length;
      this.totalBytes += body.length;
      this.evictBeyondBound();
    }
    return body;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.size;
    const { tenantId, tags } = entry.page;
    indexRemove(this.byTenant, tenantId, key);
    for (const tag of tags) indexRemove(this.byTag, tagKey(tenantId, tag), key);
  }

  /** Drops every page of the tenant carrying any of the tags; returns how many. */
  invalidate(tenantId: string, tags: readonly ContentTag[]): number {
    if (tags.includes(ALL_PAGES_TAG)) return this.invalidateTenant(tenantId);
    this.bump(tenantId);
    let dropped = 0;
    for (const tag of tags) {
      const keys = this.byTag.get(tagKey(tenantId, tag));
      if (!keys) continue;
      for (const key of [...keys]) {
        this.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  invalidateTenant(tenantId: string): number {
    this.bump(tenantId);
    const keys = [...(this.byTenant.get(tenantId) ?? [])];
    for (const key of keys) this.delete(key);
    return keys.length;
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key);
    for (const tenantId of this.generations.keys()) this.bump(tenantId);
  }

  /**
   * The cached page, or one render shared by every concurrent miss on the key. The result is kept
   * when the render says it may be and no invalidation of the tenant happened meanwhile.
   */
  async getOrRender(
    key: string,
    tenantId: string,
    render: () => Promise<RenderedPage>,
  ): Promise<{ page: CachedPage; hit: boolean; shared: boolean }> {
    const cached = this.get(key);
    if (cached) return { page: cached, hit: true, shared: false };
    const running = this.inflight.get(key);
    if (running) {
      this.sharedRenders++;
      return { page: (await running).page, hit: false, shared: true };
    }
    this.misses++;
    const generation = this.generations.get(tenantId) ?? 0;
    const job = render().then((result) => {
      if (result.storable && (this.generations.get(tenantId) ?? 0) === generation) this.set(key, result.page);
      return result;
    });
    this.inflight.set(key, job);
    try {
      return { page: (await job).page, hit: false, shared: false };
    } finally {
      this.inflight.delete(key);
    }
  }

  /** Milliseconds since the epoch on the cache's clock (for storedAt). */
  timestamp(): number {
    return this.now();
  }

  /** Least recently used first, until the total fits. */
  private evictBeyondBound(): void {
    for (const oldest of this.entries.keys()) {
      if (this.totalBytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private bump(tenantId: string): void {
    this.generations.set(tenantId, (this.generations.get(tenantId) ?? 0) + 1);
  }
}

function tagKey(tenantId: string, tag: ContentTag): string {
  return `${tenantId}\n${tag}`;
}

function indexAdd(index: Map<string, Set<string>>, name: string, key: string): void {
  const set = index.get(name);
  if (set) set.add(key);
  else index.set(name, new Set([key]));
}

function indexRemove(index: Map<string, Set<string>>, name: string, key: string): void {
  const set = index.get(name);
  if (!set) return;
  set.delete(key);
  if (set.size === 0) index.delete(name);
}

export interface PageKeyParts {
  tenantId: string;
  /** Changes whenever the tenant's settings (rendered by the layout) change. */
  tenantVersion: number;
  method: string;
  /** scheme://host: canonical and Open Graph links are absolute. */
  origin: string;
  /** The request URL: path and query. */
  url: string;
  variant?: string;
}

/** Longer URLs are served uncached: nobody links to them and they would only fill the cache. */
export const MAX_CACHED_URL_LENGTH = 1024;

/** Tenant + method + origin + path + sorted query + variant; "?b=2&a=1" and "?a=1&b=2" share a page. */
export function pageKey(p: PageKeyParts): string {
  const q = p.url.indexOf('?');
  const path = q === -1 ? p.url : p.url.slice(0, q);
  let query = '';
  if (q !== -1 && q < p.url.length - 1) {
    const params = new URLSearchParams(p.url.slice(q + 1));
    params.sort();
    query = params.toString();
  }
  const method = p.method === 'HEAD' ? 'GET' : p.method;
  return `${p.tenantId}|${p.tenantVersion}|${method}|${p.origin}|${path}?${query}|${p.variant ?? ''}`;
}

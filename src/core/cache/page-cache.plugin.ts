import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { clientHasCurrent, weakEtag } from '../../site/http-cache.ts';
import { HTML_TYPE, PAGE_CACHE, sendPage } from '../../site/page-response.ts';
import { SESSION_COOKIE } from '../auth/session.ts';
import { type ContentChange, type ContentTag, contentEvents } from '../content-events.ts';
import { AppError } from '../errors.ts';
import {
  type CachedPage,
  MAX_CACHED_URL_LENGTH,
  PageCache,
  type PageCacheOptions,
  pageKey,
} from './page-cache.ts';
import { COMPRESS_THRESHOLD, negotiateCoding } from './page-encoding.ts';
import './page-facts.ts';

declare module 'fastify' {
  interface FastifyInstance {
    pageCache: PageCache;
  }
}

/**
 * The layout renders the tenant's settings, and the tenant directory replaces a tenant's object
 * whenever it is saved: numbering the objects puts the settings version into the key, so a saved
 * setting shows on the next request even if nobody announces it.
 */
const tenantVersions = new WeakMap<object, number>();
let nextTenantVersion = 1;

function tenantVersion(tenant: object): number {
  let v = tenantVersions.get(tenant);
  if (v === undefined) {
    v = nextTenantVersion++;
    tenantVersions.set(tenant, v);
  }
  return v;
}

/** Anonymous GET/HEAD only: a staff member (session cookie) may see drafts or personal bits. */
function isCacheable(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.url.length > MAX_CACHED_URL_LENGTH) return false;
  return !req.cookies?.[SESSION_COOKIE];
}

/**
 * A cookie set with reply.setCookie() waits in @fastify/cookie's queue until onSend, so the header
 * is not there yet when the render ends. The queue is keyed by a private symbol; the test
 * "never keeps a response with Set-Cookie" catches a change of it on upgrade.
 */
function setsCookie(reply: FastifyReply): boolean {
  if (reply.hasHeader('set-cookie')) return true;
  for (const key of Object.getOwnPropertySymbols(reply)) {
    if (key.description !== 'fastify.reply.setCookies') continue;
    const queued = (reply as unknown as Record<symbol, unknown>)[key];
    if (queued instanceof Map && queued.size > 0) return true;
  }
  return false;
}

/** As @fastify/compress does: one Vary naming accept-encoding, whatever else it names. */
function varyOnEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (vary === undefined) reply.header('vary', 'accept-encoding');
  else if (!String(vary).includes('accept-encoding')) reply.header('vary', `${vary}, accept-encoding`);
}

/**
 * br or gzip from the copies kept with the page; @fastify/compress leaves a response that already
 * has Content-Encoding alone. Anything else (identity, deflate, x-no-compression) goes out as the
 * plain body and @fastify/compress handles it as before.
 */
function sendBody(req: FastifyRequest, reply: FastifyReply, cache: PageCache, key: string, page: CachedPage) {
  if (page.body.length < COMPRESS_THRESHOLD || req.headers['x-no-compression'] !== undefined)
    return reply.send(page.body);
  const coding = negotiateCoding(req.headers['accept-encoding']);
  if (coding !== 'br' && coding !== 'gzip') return reply.send(page.body);
  varyOnEncoding(reply);
  return reply.header('content-encoding', coding).send(cache.encoded(key, page, coding));
}

function sendCached(
  req: FastifyRequest,
  reply: FastifyReply,
  cache: PageCache,
  key: string,
  page: CachedPage,
  state: 'hit' | 'miss',
) {
  req.viewedArticleId = page.facts.viewedArticleId;
  // Only a render that chose another status than 200 (it should throw instead) gets here with one.
  if (page.status !== 200)
    return sendPage(req, reply.header('x-cache', state), page.body.toString('utf8'), page.status);
  reply
    .header('x-cache', state)
    .type(page.contentType)
    .header('cache-control', PAGE_CACHE)
    .header('etag', page.etag);
  if (clientHasCurrent(req, page.etag)) return reply.status(304).send();
  return sendBody(req, reply.status(page.status), cache, key, page);
}

/**
 * Every public page shows the layout (menu, footer with the alliance's settings and links), so
 * every cached page carries these tags besides its own.
 */
export const LAYOUT_TAGS: readonly ContentTag[] = ['settings', 'menu', 'links'];

export interface CachedPageOptions {
  /** A further dimension of the key when one URL renders differently (none today). */
  variant?: string;
}

/**
 * Serves a public page from the page cache, or renders, keeps and sends it. `tags` name what the
 * page shows ('home', 'articles', 'article:<id>', …); a change announcing one of them drops it.
 * A render that fails (404, 500) throws as usual and nothing is kept.
 */
export async function cachedPage(
  req: FastifyRequest,
  reply: FastifyReply,
  tags: readonly ContentTag[],
  render: () => string | Promise<string>,
  opts: CachedPageOptions = {},
): Promise<FastifyReply> {
  const tenant = req.tenant;
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  const cache = req.server.hasDecorator('pageCache') ? req.server.pageCache : undefined;
  if (!cache || !isCacheable(req)) {
    reply.header('x-cache', 'bypass');
    return sendPage(req, reply, await render());
  }
  const key = pageKey({
    tenantId: tenant.id,
    tenantVersion: tenantVersion(tenant),
    method: req.method,
    origin: `${req.protocol}://${req.host}`,
    url: req.url,
    ...(opts.variant ? { variant: opts.variant } : {}),
  });
  const hit = cache.get(key);
  if (hit) return sendCached(req, reply, cache, key, hit, 'hit');
  const { page } = await cache.getOrRender(key, tenant.id, async () => {
    const body = Buffer.from(await render(), 'utf8');
    const page: CachedPage = {
      tenantId: tenant.id,
      body,
      etag: weakEtag(body),
      status: reply.statusCode,
      contentType: HTML_TYPE,
      tags: [...new Set([...tags, ...LAYOUT_TAGS])],
      facts: { viewedArticleId: req.viewedArticleId ?? null },
      storedAt: cache.timestamp(),
    };
    // A render that set a cookie or changed the status is personal or an error: serve it, never share it.
    const storable = !setsCookie(reply) && reply.statusCode === 200;
    return { page, storable };
  });
  return sendCached(req, reply, cache, key, page, 'miss');
}

export interface PageCachePluginOptions extends Omit<PageCacheOptions, 'now'> {}

/** Decorates app.pageCache and keeps it in step with content changes announced on the bus. */
async function pageCachePlugin(app: FastifyInstance, opts: PageCachePluginOptions): Promise<void> {
  const clock = app.deps.clock;
  const cache = new PageCache({ ...opts, now: () => clock().getTime() });
  app.decorate('pageCache', cache);
  if (!app.hasRequestDecorator('viewedArticleId')) app.decorateRequest('viewedArticleId', null);
  const onChange = (change: ContentChange) => {
    const dropped = cache.invalidate(change.tenantId, change.tags);
    if (dropped > 0)
      app.log.debug({ tenantId: change.tenantId, tags: change.tags, dropped }, 'pages dropped');
  };
  contentEvents.on('changed', onChange);
  app.addHook('onClose', async () => {
    contentEvents.off('changed', onChange);
  });
}

export default fp(pageCachePlugin, { name: 'page-cache', fastify: '5.x' });

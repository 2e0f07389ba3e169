import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { clientHasCurrent, contentHash, weakEtag } from './http-cache.ts';

/** Where the stylesheet, script and images of the public site live. */
const ASSET_DIR = new URL('./assets/', import.meta.url);
export const ASSET_PREFIX = '/assets/';
/** The URL changes with the content, so a browser or CDN may keep a copy for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface SiteAsset {
  /** Source name, e.g. "site.css". */
  name: string;
  /** Hashed public URL, e.g. "/assets/site.3f2a9c1b0d.css". */
  url: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

/** Read once at start-up: a handful of small files, hashed so their URLs can be cached forever. */
function loadAssets(): Map<string, SiteAsset> {
  const assets = new Map<string, SiteAsset>();
  for (const name of readdirSync(ASSET_DIR).sort()) {
    const ext = extname(name);
    const contentType = CONTENT_TYPES[ext];
    if (!contentType) continue;
    const body = readFileSync(new URL(name, ASSET_DIR));
    const stem = name.slice(0, -ext.length);
    const url = `${ASSET_PREFIX}${stem}.${contentHash(body).slice(0, 10)}${ext}`;
    assets.set(name, { name, url, body, contentType, etag: weakEtag(body) });
  }
  return assets;
}

const byName = loadAssets();
const byUrl = new Map([...byName.values()].map((a) => [a.url, a]));

/** The hashed URL of an asset of src/site/assets; throws on a typo so it fails in tests, not in browsers. */
export function assetUrl(name: string): string {
  const asset = byName.get(name);
  if (!asset) throw new Error(`unknown site asset: ${name}`);
  return asset.url;
}

export function siteAssets(): readonly SiteAsset[] {
  return [...byName.values()];
}

/** GET /assets/<name>.<hash>.<ext>: only current hashes exist; an old hash is a 404. */
export async function assetRoutes(app: FastifyInstance): Promise<void> {
  app.get('/assets/:file', { schema: { hide: true } }, async (req, reply) => {
    const asset = byUrl.get(req.url.split('?')[0] ?? '');
    if (!asset) return reply.callNotFound();
    reply.header('cache-control', IMMUTABLE_CACHE).header('etag', asset.etag);
    if (clientHasCurrent(req, asset.etag)) return reply.status(304).send();
    return reply.type(asset.contentType).send(asset.body);
  });
}

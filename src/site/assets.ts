import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { FONT_FILES, fontFaceCss } from './fonts.ts';
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

/** Throws on a typo so it fails in tests, not in browsers. */
function lookup(assets: ReadonlyMap<string, SiteAsset>, name: string): SiteAsset {
  const asset = assets.get(name);
  if (!asset) throw new Error(`unknown site asset: ${name}`);
  return asset;
}

function makeAsset(name: string, body: Buffer): SiteAsset {
  const ext = extname(name);
  const stem = name.slice(0, -ext.length);
  const url = `${ASSET_PREFIX}${stem}.${contentHash(body).slice(0, 10)}${ext}`;
  return {
    name,
    url,
    body,
    contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    etag: weakEtag(body),
  };
}

/**
 * Read once at start-up: a handful of small files, hashed so their URLs can be cached forever.
 * The fonts come first: site.css starts with their @font-face rules, so its hash covers their URLs.
 */
function loadAssets(): Map<string, SiteAsset> {
  const assets = new Map<string, SiteAsset>();
  for (const font of FONT_FILES) assets.set(font.name, makeAsset(font.name, font.body));
  const fontFaces = fontFaceCss((f) => lookup(assets, f.name).url);
  for (const name of readdirSync(ASSET_DIR).sort()) {
    if (!CONTENT_TYPES[extname(name)]) continue;
    let body = readFileSync(new URL(name, ASSET_DIR));
    if (name === 'site.css') body = Buffer.concat([Buffer.from(`${fontFaces}\n`), body]);
    assets.set(name, makeAsset(name, body));
  }
  return assets;
}

const byName = loadAssets();
const byUrl = new Map([...byName.values()].map((a) => [a.url, a]));

/** The hashed URL of an asset of src/site/assets (or a font file, by its package file name). */
export function assetUrl(name: string): string {
  return lookup(byName, name).url;
}

export function siteAssets(): readonly SiteAsset[] {
  return [...byName.values()];
}

/** The body text faces, for <link rel="preload"> in the layout's head. */
export function preloadFontUrls(): string[] {
  return FONT_FILES.filter((f) => f.preload).map((f) => assetUrl(f.name));
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

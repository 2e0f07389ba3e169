import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { adminSpaPlugin } from './admin-spa.plugin.ts';

const root = mkdtempSync(join(tmpdir(), 'hoptac-admin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function appOn(dir: string) {
  const app = Fastify();
  await app.register(adminSpaPlugin, { root: dir });
  return app;
}

describe('staff console hosting', () => {
  it('says the console is being prepared until the build lands, then serves it', async () => {
    const app = await appOn(root);
    const before = await app.inject({ method: 'GET', url: '/quan-tri/nguoi-dung' });
    expect(before.statusCode).toBe(503);
    expect(before.body).toContain('Giao diện quản trị đang được chuẩn bị');

    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), 'console.log(1)');

    const deepLink = await app.inject({ method: 'GET', url: '/quan-tri/nguoi-dung' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    expect(deepLink.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");

    const asset = await app.inject({ method: 'GET', url: '/quan-tri/assets/app-1a2b3c.js' });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');

    expect((await app.inject({ method: 'GET', url: '/quan-tri/assets/old-9z.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/quan-tri/../package.json' })).body).not.toContain(
      '"name"',
    );
    expect((await app.inject({ method: 'GET', url: '/quan-tri' })).headers.location).toBe('/quan-tri/');
    await app.close();
  });
});

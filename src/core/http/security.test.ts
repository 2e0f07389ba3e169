import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurity, securityHeaders } from './security.ts';

const HASH = 'sha256-AbC+/1=';

describe('security headers', () => {
  it('are worked out once, as helmet sets them, with the inline script hashes in the CSP', async () => {
    const headers = Object.fromEntries(await securityHeaders({ inlineScriptHashes: [HASH] }));
    expect(headers).toEqual({
      'content-security-policy': `default-src 'self';base-uri 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self' '${HASH}';script-src-attr 'none';style-src 'self';connect-src 'self'`,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
  });

  it('go on every response, 404 included, and a route may replace one of them', async () => {
    const app = Fastify({ logger: false });
    await registerSecurity(app, { inlineScriptHashes: [HASH] });
    app.get('/trang', async () => 'trang');
    app.get('/rieng', async (_req, reply) =>
      reply.header('content-security-policy', "default-src 'none'").send('x'),
    );
    const expected = Object.fromEntries(await securityHeaders({ inlineScriptHashes: [HASH] }));
    for (const url of ['/trang', '/khong-co']) {
      const res = await app.inject({ method: 'GET', url });
      for (const [name, value] of Object.entries(expected))
        expect(res.headers[name], `${url} ${name}`).toBe(value);
    }
    const own = await app.inject({ method: 'GET', url: '/rieng' });
    expect(own.headers['content-security-policy']).toBe("default-src 'none'");
    expect(own.headers['x-frame-options']).toBe('SAMEORIGIN');
    await app.close();
  });
});

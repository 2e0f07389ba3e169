import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';

export interface SecurityOptions {
  /** sha256 sources of the few inline scripts the public pages carry (e.g. font size before paint). */
  inlineScriptHashes: readonly string[];
}

/** Strict defaults: nothing loads from another origin; inline scripts only by hash. */
function helmetOptions(opts: SecurityOptions): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...opts.inlineScriptHashes.map((h) => `'${h}'`)],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Share links to Facebook/Zalo need the page's origin in the referrer.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * What @fastify/helmet sets on every response, worked out once on a throwaway instance. No
 * directive depends on the request, so the headers are the same each time; the plugin rebuilt
 * the helmet middleware on every request, a tenth of a cached page's CPU.
 */
export async function securityHeaders(opts: SecurityOptions): Promise<Array<[string, string]>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, helmetOptions(opts));
  let headers: Array<[string, string]> = [];
  // helmet writes on the raw response; Fastify's own headers are not there before onSend ends.
  probe.get('/', (_req, reply) => {
    headers = Object.entries(reply.raw.getHeaders()).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : String(value),
    ]);
    return reply.send('');
  });
  await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  if (!headers.some(([name]) => name === 'content-security-policy'))
    throw new Error('security headers: helmet set no Content-Security-Policy');
  return headers;
}

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  const headers = await securityHeaders(opts);
  // On the raw response, as helmet does: a route's own reply.header() (the console's CSP) wins.
  app.addHook('onRequest', (_req, reply, done) => {
    const res = reply.raw;
    for (const [name, value] of headers) res.setHeader(name, value);
    done();
  });
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
}

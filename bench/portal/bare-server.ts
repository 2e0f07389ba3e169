// The ceiling for the cache-hit scenario: a bare Fastify route answering every GET with the bytes
// of the article page, run as its own process beside the product server. Usage (the benchmark
// starts it): node --import tsx bench/portal/bare-server.ts <file with the page bytes>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-server.ts <page file>');
const body = readFileSync(file);
const app = Fastify({ logger: false });
app.get('/*', (_req, reply) => reply.type('text/html; charset=utf-8').send(body));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bare server at ${url}\n`);
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});

// One autocannon run with what the portal benchmark needs beside req/s: p95 (autocannon reports
// p50/p90/p97.5/p99 but not p95, so every response time is kept and ranked here), and a count of
// the X-Cache header so a "cache miss" scenario proves it missed.
import type { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

export interface LoadOptions {
  /** Origin, e.g. http://127.0.0.1:3000. */
  origin: string;
  /** The path of each request: a fixed one, or one drawn per request (called once per request). */
  path: string | (() => string);
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** X-Cache values seen ("hit", "miss", "bypass", "none" when absent) → count. */
  cache: Record<string, number>;
  /** Bytes per response body, on average. */
  bodyBytes: number;
}

/** The p-th percentile of ascending values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const cache: Record<string, number> = {};
  const next = typeof o.path === 'function' ? o.path : null;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: o.origin,
        connections: o.connections,
        duration: o.durationSeconds,
        headers: o.headers ?? {},
        requests: [
          {
            method: 'GET',
            // Called for each request a connection sends (autocannon rebuilds a request that has it).
            ...(next ? { setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) } : {}),
            ...(next ? {} : { path: o.path as string }),
            onResponse: (_status: number, _body: string, _ctx: object, headers?: IncomingHttpHeaders) => {
              const value = String(headers?.['x-cache'] ?? 'none');
              cache[value] = (cache[value] ?? 0) + 1;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  // autocannon emits (client, statusCode, resBytes, responseTime); @types/autocannon omits the client.
  const onResponse = (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  };
  (instance as EventEmitter | undefined)?.on('response', onResponse);
  const result = await done;
  times.sort((a, b) => a - b);
  const total = result.requests.total;
  return {
    requests: total,
    reqPerSec: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cache,
    bodyBytes: total > 0 ? result.throughput.total / total : 0,
  };
}

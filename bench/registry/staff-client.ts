// A signed-in staff member talking to a running server over HTTP, as the console does.

export interface Timed<T> {
  ms: number;
  status: number;
  value: T;
}

export class StaffClient {
  private constructor(
    readonly origin: string,
    readonly email: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(origin: string, email: string, password: string): Promise<StaffClient> {
    const res = await fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { csrfToken: string };
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return new StaffClient(origin, email, cookie, body.csrfToken);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrf, ...extra };
  }

  /** GET, body read completely: the time a user waits for the whole answer. */
  async get(path: string): Promise<Timed<Buffer>> {
    const t = performance.now();
    const res = await fetch(this.origin + path, { headers: this.headers() });
    const value = Buffer.from(await res.arrayBuffer());
    return { ms: performance.now() - t, status: res.status, value };
  }

  async getJson<T>(path: string): Promise<Timed<T>> {
    const r = await this.get(path);
    if (r.status !== 200)
      throw new Error(`GET ${path}: ${r.status} ${r.value.toString('utf8').slice(0, 300)}`);
    return { ...r, value: JSON.parse(r.value.toString('utf8')) as T };
  }

  async post<T>(path: string, body?: FormData): Promise<Timed<T>> {
    const t = performance.now();
    const res = await fetch(this.origin + path, {
      method: 'POST',
      headers: this.headers(),
      body: body ?? null,
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${text.slice(0, 300)}`);
    return { ms: performance.now() - t, status: res.status, value: JSON.parse(text) as T };
  }
}

/** Nearest-rank percentile of a sample (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');

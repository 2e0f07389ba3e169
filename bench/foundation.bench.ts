import type { BenchContext, Scenario } from './run.ts';

/** The platform's own paths: health, the public shell, a signed-in API read, commune autocomplete. */
export async function foundationScenarios(ctx: BenchContext): Promise<Scenario[]> {
  const res = await fetch(`${ctx.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ctx.adminEmail, password: ctx.adminPassword }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return [
    { title: 'GET /healthz', path: '/healthz' },
    { title: 'GET / (public home)', path: '/', headers: { accept: 'text/html' } },
    { title: 'GET /api/v1/auth/me (session)', path: '/api/v1/auth/me', headers: { cookie } },
    {
      title: 'GET /api/v1/places/communes?q=quang lich',
      path: '/api/v1/places/communes?q=quang%20lich',
      headers: { cookie },
    },
  ];
}

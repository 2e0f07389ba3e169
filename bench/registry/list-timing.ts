// p95 of the organisations list (GET /api/v1/orgs) for the same query kinds in several
// populations. Requests are interleaved — each round asks every query of every population once —
// so a load spike from the other processes on the machine hits all columns alike.
import type { TenantSamples } from './registry-data.ts';
import { percentile, type StaffClient } from './staff-client.ts';

export interface ListQuery {
  key: string;
  title: string;
  path: (s: TenantSamples) => string;
}

const enc = encodeURIComponent;

export const LIST_QUERIES: readonly ListQuery[] = [
  { key: 'name', title: 'no filter, sorted by name', path: () => '/api/v1/orgs?sort=name&pageSize=20' },
  {
    key: 'kind-status',
    title: 'kind HTX + status đang hoạt động',
    path: () => '/api/v1/orgs?kind=HTX&status=dang_hoat_dong&pageSize=20',
  },
  {
    key: 'sector',
    title: 'sector thương mại, dịch vụ',
    path: () => '/api/v1/orgs?sector=thuong_mai_dich_vu',
  },
  {
    key: 'commune',
    title: 'commune (the fullest one)',
    path: (s) => `/api/v1/orgs?communeCode=${s.commune}`,
  },
  {
    key: 'search-name',
    title: 'search 3 folded name words',
    path: (s) => `/api/v1/orgs?q=${enc(s.nameFragment)}`,
  },
  {
    key: 'search-common',
    title: 'search "nong nghiep" (very common)',
    path: () => '/api/v1/orgs?q=nong%20nghiep',
  },
  { key: 'search-code', title: 'search registration code', path: (s) => `/api/v1/orgs?q=${enc(s.regCode)}` },
  {
    key: 'page-50',
    title: 'page 50 (sorted by name)',
    path: () => '/api/v1/orgs?sort=name&page=50&pageSize=20',
  },
];

export interface Population {
  label: string;
  client: StaffClient;
  samples: TenantSamples;
  /** Rows of the tenant and of the whole table, for the report. */
  tenantRows: number;
  tableRows: number;
}

export interface ListFigures {
  /** [query key][population label] → latencies in ms. */
  samples: Map<string, Map<string, number[]>>;
  /** Matching rows ("total") per query and population. */
  totals: Map<string, Map<string, number>>;
}

export async function timeListQueries(
  populations: readonly Population[],
  o: { runs: number; warmup: number },
): Promise<ListFigures> {
  const samples = new Map<string, Map<string, number[]>>();
  const totals = new Map<string, Map<string, number>>();
  for (const q of LIST_QUERIES) {
    samples.set(q.key, new Map(populations.map((p) => [p.label, []])));
    totals.set(q.key, new Map());
  }
  for (let round = 0; round < o.warmup + o.runs; round++) {
    for (const q of LIST_QUERIES) {
      for (const p of populations) {
        const r = await p.client.getJson<{ total: number }>(q.path(p.samples));
        if (round < o.warmup) {
          totals.get(q.key)?.set(p.label, r.value.total);
          continue;
        }
        samples.get(q.key)?.get(p.label)?.push(r.ms);
      }
    }
  }
  return { samples, totals };
}

export function listTable(
  f: ListFigures,
  populations: readonly Population[],
  big: string,
  base: string,
): string[] {
  const lines = [
    `query | ${populations.map((p) => `p95 ${p.label} ms (rows)`).join(' | ')} | ${big}/${base} | target ≤ 2×`,
  ];
  for (const q of LIST_QUERIES) {
    const p95 = (label: string) => percentile(f.samples.get(q.key)?.get(label) ?? [], 95);
    const cells = populations.map(
      (p) => `${p95(p.label).toFixed(1)} (${f.totals.get(q.key)?.get(p.label) ?? '?'})`,
    );
    const ratio = p95(big) / p95(base);
    lines.push(`${q.title} | ${cells.join(' | ')} | ${ratio.toFixed(2)}× | ${ratio <= 2 ? 'met' : 'MISSED'}`);
  }
  return lines;
}

// Search latency as a reader meets it: the /tim-kiem page over HTTP, one query at a time against
// the warm server. Every request carries a run marker the page ignores ("lan"), so each one is a
// page-cache miss (checked through X-Cache) and the figure is the search itself plus rendering.
import { percentile } from './load.ts';

/** Fifty queries as people type them: with and without diacritics, old tone placement, phrases, typos. */
export const SEARCH_QUERIES = [
  'hợp tác xã',
  'kinh tế tập thể',
  'chuyển đổi số',
  'sản phẩm OCOP',
  'Luật Hợp tác xã',
  'chè Shan tuyết',
  'mật ong bạc hà',
  'Hòa Bình',
  'Hoà Bình',
  'Thanh Hoá',
  'thương mại điện tử',
  'truy xuất nguồn gốc',
  '"liên kết chuỗi giá trị"',
  'vốn vay ưu đãi',
  'tập huấn kế toán',
  'Quỹ hỗ trợ phát triển hợp tác xã',
  'nông thôn mới',
  'du lịch cộng đồng',
  'giám đốc hợp tác xã',
  'hội nghị tổng kết',
  'Nguyễn Văn Hải',
  'Quyết định UBND',
  'kế hoạch',
  'tôm thẻ chân trắng',
  'cà phê Robusta Đắk Lắk',
  'họp',
  'hợp',
  'nhà màng',
  'hop tac xa',
  'kinh te tap the',
  'chuyen doi so',
  'san pham ocop',
  'hoa binh',
  'thanh hoa',
  'thuong mai dien tu',
  'truy xuat nguon goc',
  'von vay',
  'tap huan',
  'nong thon moi',
  'mat ong',
  'che shan tuyet',
  'giam doc hop tac xa',
  'lam dong ca phe',
  'hop tac xa nong nghiep',
  'hop tac xa nong ngiep',
  'xyzzy',
  'liên mình',
  'HTX Đoàn Kết',
  'hợp tác xã -"nông nghiệp"',
  'Lò Văn Pọm Điện Biên',
] as const;

export interface SearchTiming {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** Requests that were not page-cache misses (should be 0). */
  notMissed: number;
  non200: number;
  /** The slowest queries, by their own median. */
  slowest: { q: string; medianMs: number }[];
}

async function timeOne(
  origin: string,
  q: string,
  run: string,
): Promise<{ ms: number; miss: boolean; ok: boolean }> {
  const url = `${origin}/tim-kiem?q=${encodeURIComponent(q)}&lan=${run}`;
  const t0 = performance.now();
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  await res.arrayBuffer();
  return { ms: performance.now() - t0, miss: res.headers.get('x-cache') === 'miss', ok: res.status === 200 };
}

/** One untimed pass (warm-up), then `runs` timed passes over every query. */
export async function timeSearches(origin: string, runs: number): Promise<SearchTiming> {
  for (const q of SEARCH_QUERIES) await timeOne(origin, q, 'w');
  const all: number[] = [];
  const perQuery = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
  let notMissed = 0;
  let non200 = 0;
  for (let run = 1; run <= runs; run++) {
    for (const q of SEARCH_QUERIES) {
      const t = await timeOne(origin, q, String(run));
      all.push(t.ms);
      perQuery.get(q)?.push(t.ms);
      if (!t.miss) notMissed++;
      if (!t.ok) non200++;
    }
  }
  all.sort((a, b) => a - b);
  const slowest = [...perQuery]
    .map(([q, times]) => ({
      q,
      medianMs: percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
    }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 5);
  return {
    samples: all.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: all.at(-1) ?? Number.NaN,
    notMissed,
    non200,
    slowest,
  };
}

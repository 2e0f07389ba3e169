// EXPLAIN (ANALYZE) of the dashboard's aggregate statements, as the stats service sends them for
// the national alliance's "all alliances" view (the largest aggregation there is).
import { silentLog } from '../../src/core/silent-log.ts';
import { RegistryStatsQuery } from '../../src/modules/registry/stats/registry-stats.dto.ts';
import { getRegistryStats } from '../../src/modules/registry/stats/registry-stats.service.ts';
import type { ScratchDatabase } from './scratch-database.ts';
import { openExplainer } from './statement-capture.ts';

/** The statements over organisations and figures (the tenant and place look-ups are left out). */
const AGGREGATES = /from "(organizations|org_figures|indicators)"/;

export async function explainDashboard(
  scratch: ScratchDatabase,
  tenantId: string,
  scope: 'tenant' | 'all',
  year: number,
  print: (line: string) => void,
): Promise<void> {
  const x = await openExplainer(scratch);
  try {
    const actor = {
      id: '00000000-0000-0000-0000-000000000000',
      email: 'bench@bench.test',
      role: 'lanh_dao' as const,
    };
    const ctx = { db: x.db, tenantId, actor, requestId: null, log: silentLog };
    await getRegistryStats(ctx, RegistryStatsQuery.parse({ year, scope }), new Date());
    for (const s of x.log.filter((st) => AGGREGATES.test(st.sql))) {
      const lines = await x.explain(s);
      const head = s.sql.replace(/\s+/g, ' ').slice(0, 90);
      print(`\n-- ${head}…\n   ${lines.map((l) => l.trimEnd()).join('\n   ')}`);
    }
  } finally {
    await x.close();
  }
}

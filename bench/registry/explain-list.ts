// EXPLAIN (ANALYZE) of the statements the list service sends for each query kind.
import { silentLog } from '../../src/core/silent-log.ts';
import { OrgListQuery } from '../../src/modules/registry/orgs/orgs.dto.ts';
import { listOrganizations } from '../../src/modules/registry/orgs/orgs.service.ts';
import { LIST_QUERIES } from './list-timing.ts';
import type { TenantSamples } from './registry-data.ts';
import type { ScratchDatabase } from './scratch-database.ts';
import { openExplainer } from './statement-capture.ts';

const queryOf = (path: string) =>
  OrgListQuery.parse(Object.fromEntries(new URL(path, 'http://x').searchParams.entries()));

/**
 * For each list query kind: the page statement and the count statement with their plans, as the
 * service sends them for a can_bo of `tenantId`.
 */
export async function explainListQueries(
  scratch: ScratchDatabase,
  tenantId: string,
  samples: TenantSamples,
  print: (line: string) => void,
): Promise<void> {
  const x = await openExplainer(scratch);
  try {
    const actor = {
      id: '00000000-0000-0000-0000-000000000000',
      email: 'bench@bench.test',
      role: 'can_bo' as const,
    };
    const ctx = { db: x.db, tenantId, actor, requestId: null, log: silentLog };
    for (const q of LIST_QUERIES) {
      x.log.length = 0;
      await listOrganizations(ctx, queryOf(q.path(samples)));
      const organisationStatements = x.log.filter((s) => /from "organizations"/.test(s.sql));
      print(`\n-- ${q.title}: ${q.path(samples)}`);
      for (const s of organisationStatements) {
        const kind = /count\(/.test(s.sql) ? 'count' : 'page';
        const lines = await x.explain(s);
        print(`   [${kind}] ${lines.map((l) => l.trimEnd()).join('\n   ')}`);
      }
    }
  } finally {
    await x.close();
  }
}

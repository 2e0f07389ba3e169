// Test helpers for the search module: entries, contexts and a second tenant.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/types.ts';
import { silentLog } from '../../core/silent-log.ts';
import { sampleArticle } from '../../lib/vi/sample-articles.fixture.ts';
import { insertTenant } from '../tenants/tenants.repo.ts';
import type { SearchEntryInput } from './search.dto.ts';

export function ctxFor(db: Db, tenantId: string): Ctx {
  return { db, tenantId, actor: null, requestId: null, log: silentLog };
}

let n = 0;

/** A search entry with unique id and URL; override what the test is about. */
export function entry(overrides: Partial<SearchEntryInput> = {}): SearchEntryInput {
  n++;
  return {
    kind: 'article',
    refId: randomUUID(),
    url: `/tin-tuc/bai-${n}`,
    title: `Bài viết số ${n}`,
    summary: '',
    body: '',
    publishedAt: new Date(Date.UTC(2024, 0, 1) + n * 60_000),
    ...overrides,
  };
}

/** The real alliance news texts shipped with the docs (../shared/samples/articles), without their page furniture. */
export function sampleBody(
  name: 'hoa-binh-2023-so-ket' | 'kien-giang-2024-tong-ket' | 'thai-binh-2019-6-thang',
): string {
  return sampleArticle(`${name}.txt`)
    .split('\n')
    .filter((line) => line.trim() && line !== 'DetailController')
    .join('\n');
}

/** Another alliance in the same database (no host: it is never the public site in tests). */
export async function addTenant(db: Db, code: string): Promise<string> {
  const row = await insertTenant(db, {
    code,
    name: `Liên minh HTX ${code}`,
    provinceCode: '01',
    hosts: [],
    settings: { siteTitle: code, logoUrl: null, address: '', phone: '', email: '', contacts: [] },
  });
  return row.id;
}

import type { Ctx } from '../../../core/context.ts';
import type { SearchEntryInput } from '../../search/search.dto.ts';
import {
  indexSearchEntries,
  indexSearchEntry,
  removeSearchEntries,
  removeSearchEntry,
} from '../../search/search-index.service.ts';
import { ORG_KIND_LABELS, type OrgKind, SECTOR_LABELS, type Sector } from '../registry-enums.dto.ts';
import type { CommuneName } from './org-places.ts';
import { orgUrl } from './org-present.ts';
import type { OrgRow } from './orgs.repo.ts';

/** Dissolved organisations stay on their profile page but leave the directory and site search. */
export const HIDDEN_FROM_DIRECTORY = ['giai_the'] as const;

export function listedInDirectory(row: Pick<OrgRow, 'status' | 'mergedIntoId'>): boolean {
  return !row.mergedIntoId && !(HIDDEN_FROM_DIRECTORY as readonly string[]).includes(row.status);
}

/**
 * The site-search entry of an organisation, from public fields only: private contacts and
 * staff notes never reach the index.
 */
export async function syncOrgSearch(ctx: Ctx, row: OrgRow, place: CommuneName | undefined): Promise<void> {
  if (!listedInDirectory(row)) return removeSearchEntry(ctx, 'org', row.id);
  await indexSearchEntry(ctx, orgSearchEntry(row, place));
}

/** syncOrgSearch for many organisations (imports): two statements per thousand, one change event. */
export async function syncOrgSearchMany(
  ctx: Ctx,
  rows: readonly OrgRow[],
  places: ReadonlyMap<string, CommuneName>,
): Promise<void> {
  const listed = rows.filter(listedInDirectory);
  const hidden = rows.filter((r) => !listedInDirectory(r)).map((r) => r.id);
  await indexSearchEntries(
    ctx,
    listed.map((r) => orgSearchEntry(r, r.communeCode ? places.get(r.communeCode) : undefined)),
  );
  if (hidden.length > 0) await removeSearchEntries(ctx, 'org', hidden);
}

function orgSearchEntry(row: OrgRow, place: CommuneName | undefined): SearchEntryInput {
  const where = place ? `${place.name}, ${place.provinceName}` : '';
  const sectors = [row.sectorPrimary, ...row.sectorsOther].map((s) => SECTOR_LABELS[s as Sector] ?? s);
  return {
    kind: 'org',
    refId: row.id,
    url: orgUrl(row.slug),
    title: row.name,
    summary: [ORG_KIND_LABELS[row.kind as OrgKind], sectors[0], where].filter(Boolean).join(' · '),
    body: [
      row.shortName,
      row.regCode,
      row.representativeName,
      [row.street, where].filter(Boolean).join(', '),
      sectors.join(', '),
    ]
      .filter(Boolean)
      .join('. '),
    // Registration day at midnight in Viet Nam; records without one sort by when they were entered.
    publishedAt: row.registeredOn ? new Date(`${row.registeredOn}T00:00:00+07:00`) : row.createdAt,
    facet: row.kind,
  };
}

export async function removeOrgSearch(ctx: Ctx, id: string): Promise<void> {
  await removeSearchEntry(ctx, 'org', id);
}

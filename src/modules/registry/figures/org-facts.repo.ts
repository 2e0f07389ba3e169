import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../core/db/types.ts';
import { organizations } from '../registry.tables.ts';

const o = organizations;

// Read only: figures, ratings and reports need a few facts of the organisation (its kind for
// the dictionary, its founding day for ratings, the profile fields a member may change).
// Organisations are written only through the orgs service.
const FACT_COLUMNS = {
  id: o.id,
  kind: o.kind,
  name: o.name,
  shortName: o.shortName,
  foundedOn: o.foundedOn,
  registeredOn: o.registeredOn,
  status: o.status,
  street: o.street,
  communeCode: o.communeCode,
  representativeName: o.representativeName,
  representativeTitle: o.representativeTitle,
  publicPhone: o.publicPhone,
  publicEmail: o.publicEmail,
  website: o.website,
  sizeClass: o.sizeClass,
  notes: o.notes,
};

export interface OrgFactsRow {
  id: string;
  kind: string;
  name: string;
  shortName: string;
  foundedOn: string | null;
  registeredOn: string | null;
  status: string;
  street: string;
  communeCode: string | null;
  representativeName: string;
  representativeTitle: string;
  publicPhone: string;
  publicEmail: string;
  website: string;
  sizeClass: string | null;
  notes: string;
}

/** An organisation of the tenant that has not been merged away. */
export async function selectOrgFacts(
  db: Executor,
  tenantId: string,
  orgId: string,
): Promise<OrgFactsRow | undefined> {
  const [row] = await db
    .select(FACT_COLUMNS)
    .from(o)
    .where(and(eq(o.tenantId, tenantId), eq(o.id, orgId), isNull(o.mergedIntoId)));
  return row;
}

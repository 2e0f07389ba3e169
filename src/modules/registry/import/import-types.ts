import type { OrgKind, OrgStatus, Sector, SizeClass } from '../registry-enums.dto.ts';
import type { ResolvedAddress } from './address-resolution.ts';
import type { ImportIssue, RowOutcome } from './import.dto.ts';

/** Organisation values read from one row: only what the row says (an empty cell changes nothing). */
export interface OrgValues {
  kind?: OrgKind;
  name?: string;
  shortName?: string;
  regCode?: string;
  registeredOn?: string;
  registrationAuthority?: string;
  foundedOn?: string;
  sectorPrimary?: Sector;
  sectorsOther?: Sector[];
  status?: OrgStatus;
  sizeClass?: SizeClass;
  representativeName?: string;
  representativeTitle?: string;
  publicPhone?: string;
  publicEmail?: string;
  website?: string;
  allianceMemberSince?: string;
  notes?: string;
}

/** Indicator code → value (money in đồng). */
export type FigureValues = Record<string, number>;

/** One data row after parsing and address resolution (stored with the preview). */
export interface PreparedRow {
  rowNumber: number;
  values: OrgValues;
  /** Indicator code → value (money in đồng). */
  figures: Record<string, number>;
  address: ResolvedAddress | null;
  issues: ImportIssue[];
}

/** What the dry run decided for a row, against the register as it was then. */
export interface RowEvaluation {
  outcome: RowOutcome;
  orgId: string | null;
  changes: string[];
  issues: ImportIssue[];
}

/** The dry run kept with the import: the commit re-decides from it against the register of the moment. */
export interface StoredPreview {
  rows: PreparedRow[];
  evaluations: RowEvaluation[];
}

import type {
  ChoicesInput,
  ImportCounts,
  ImportDto,
  ImportMapping,
  ImportStatus,
  ImportSummary,
  PreviewRow,
} from './import.dto.ts';
import type { ImportHead } from './import.repo.ts';
import { liveProgress } from './import-jobs.ts';
import type { PreparedRow, RowEvaluation } from './import-types.ts';
import { effectiveCommune } from './row-matching.ts';

/** The mapping column as stored: the mapping, plus the sheets to choose from. */
export interface StoredMapping extends ImportMapping {
  sheets: string[];
}

export function storedMapping(head: Pick<ImportHead, 'mapping'>): StoredMapping {
  return (head.mapping as StoredMapping | null) ?? { sheets: [], headerRow: 1, columns: [] };
}

export function presentSummary(head: ImportHead): ImportSummary {
  return {
    id: head.id,
    fileName: head.fileName,
    sheetName: head.sheetName,
    status: head.status as ImportStatus,
    progress: liveProgress(head.id) ?? head.progress,
    year: head.year,
    counts: (head.counts as ImportCounts | null) ?? null,
    error: head.error,
    createdAt: head.createdAt.toISOString(),
    createdBy: head.createdBy ? { id: head.createdBy, name: head.createdByName ?? '' } : null,
    committedAt: head.committedAt?.toISOString() ?? null,
  };
}

export function presentImport(head: ImportHead): ImportDto {
  const m = storedMapping(head);
  const mapped = m.columns.length > 0;
  return {
    ...presentSummary(head),
    sheets: m.sheets,
    mapping: mapped ? { headerRow: m.headerRow, columns: m.columns } : null,
    ignoredColumns: m.columns
      .filter((c) => c.field === null)
      .map((c) => ({ column: c.column, header: c.header })),
  };
}

/** A row of the dry run; an address the user chose a commune for shows as "chosen". */
export function presentPreviewRow(row: PreparedRow, e: RowEvaluation, choices: ChoicesInput): PreviewRow {
  const a = row.address;
  const chosen = choices[String(row.rowNumber)] !== undefined;
  return {
    rowNumber: row.rowNumber,
    outcome: e.outcome,
    name: row.values.name ?? '',
    regCode: row.values.regCode ?? null,
    orgId: e.orgId,
    changes: e.changes,
    address: a
      ? {
          text: a.text,
          state: chosen ? 'chosen' : a.state,
          confidence: a.confidence,
          commune: chosen ? effectiveCommune(row, choices) : a.commune,
          alternatives: a.alternatives,
        }
      : null,
    issues: e.issues,
  };
}

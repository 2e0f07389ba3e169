import type { ImportCounts, ImportStatus, RowOutcome } from '../../../api/registry-import-api';

const numbers = new Intl.NumberFormat('vi-VN');

/** 1342 → "1.342". */
export const formatCount = (n: number): string => numbers.format(n);

export const STATUS_COLORS: Record<ImportStatus, string> = {
  uploaded: 'default',
  needs_sheet: 'warning',
  previewing: 'processing',
  previewed: 'blue',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
};

export const OUTCOME_COLORS: Record<RowOutcome, string> = {
  new: 'green',
  update: 'blue',
  unchanged: 'default',
  rejected: 'red',
};

/** Work is under way on the server: the page polls until it ends. */
export const isRunning = (status: ImportStatus): boolean =>
  status === 'previewing' || status === 'committing';

/** The sheet, the mapping and the year may still change (the dry run then runs again). */
export const isEditable = (status: ImportStatus): boolean =>
  status === 'uploaded' || status === 'previewed' || status === 'failed';

/** "12 mới · 3 cập nhật · 40 không đổi · 2 bị loại". */
export function countsLine(counts: ImportCounts): string {
  return [
    `${formatCount(counts.new)} mới`,
    `${formatCount(counts.update)} cập nhật`,
    `${formatCount(counts.unchanged)} không đổi`,
    `${formatCount(counts.rejected)} bị loại`,
  ].join(' · ');
}

import { formatNumber } from '../../lib/vi/index.ts';

/** 1234567 → "1,2 MB" (Vietnamese decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, { decimals: 0 })} KB`;
  return `${formatNumber(bytes / (1024 * 1024), { decimals: 1 })} MB`;
}

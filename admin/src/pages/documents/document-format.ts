import dayjs from 'dayjs';
import type { DocumentStatus } from '../../api/documents-api';

/** "2024-01-19" (a calendar day) → "19/01/2024". */
export const formatDay = (day: string): string => dayjs(day).format('DD/MM/YYYY');

export const API_DAY = 'YYYY-MM-DD';

// antd's preset green and orange tags fall short of 4.5:1 text contrast; these darker shades pass.
export const GREEN_TAG = { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' } as const;
export const ORANGE_TAG = { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' } as const;

export const STATUS_TAG_STYLES: Record<
  DocumentStatus,
  { color: string; background: string; borderColor: string } | undefined
> = {
  con_hieu_luc: GREEN_TAG,
  het_hieu_luc: undefined,
  bi_thay_the: ORANGE_TAG,
};

/** Years offered by the filter: this year back to 1990 (older documents: type the number). */
export function yearOptions(): { value: string; label: string }[] {
  const thisYear = new Date().getFullYear();
  return Array.from({ length: thisYear - 1990 + 2 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({
    value: y,
    label: y,
  }));
}

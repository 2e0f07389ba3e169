import { Tag } from 'antd';
import dayjs from 'dayjs';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../api/registry-reports-api';

const STATUS_COLORS: Record<ReportStatus, string> = {
  chua_nop: 'default',
  da_nop: 'processing',
  da_duyet: 'success',
  tra_lai: 'warning',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;
}

/** "2025-12-15" (a calendar day) → "15/12/2025". */
export const formatDay = (day: string): string => dayjs(day).format('DD/MM/YYYY');

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1342.5 → "1.342,5", with the indicator's unit. */
export function formatFigure(value: number | undefined, unit: string): string {
  if (value === undefined) return '—';
  return unit ? `${numbers.format(value)} ${unit}` : numbers.format(value);
}

/** A change in percent: "+12,5 %", "−3 %". */
export function formatChange(percent: number | undefined): string {
  if (percent === undefined) return '—';
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  return `${sign}${oneDecimal.format(Math.abs(percent))} %`;
}

/** The reporting years offered: this year back five years (members report year N during year N). */
export function reportYears(current = new Date().getFullYear()): { value: number; label: string }[] {
  return Array.from({ length: 6 }, (_, k) => current - k).map((y) => ({ value: y, label: `Năm ${y}` }));
}

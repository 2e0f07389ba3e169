import type { OrgStatus } from '../../registry-enums.dto.ts';

/**
 * The site stylesheet has badge colours for documents only: an active organisation takes the
 * default (green), a paused or weak one the warning tone, a dissolved one the grey. The org-status
 * classes are there for the stylesheet to style them on their own.
 */
const TONE: Record<OrgStatus, string> = {
  dang_hoat_dong: '',
  tam_ngung: ' doc-status--bi_thay_the',
  hinh_thuc: ' doc-status--bi_thay_the',
  yeu_kem: ' doc-status--bi_thay_the',
  giai_the: ' doc-status--het_hieu_luc',
};

export function OrgStatusBadge({ status, label }: { status: OrgStatus; label: string }) {
  return (
    <span class={`doc-status${TONE[status] ?? ''} org-status org-status--${status}`} safe>
      {label}
    </span>
  );
}

import type { ArticleStatus } from '../../api/news-api';

/** What the newsroom calls a state: "published" with a future time shows as "Hẹn giờ". */
export type DisplayStatus = ArticleStatus | 'scheduled';

export const DISPLAY_STATUSES: DisplayStatus[] = [
  'draft',
  'submitted',
  'published',
  'scheduled',
  'returned',
  'archived',
];

// Text on its tint passes WCAG AA (≥ 4.5:1); the dot repeats the colour, the text carries the meaning.
const STYLES: Record<DisplayStatus, { label: string; text: string; background: string; dot: string }> = {
  draft: { label: 'Nháp', text: '#434343', background: '#f5f5f5', dot: '#8c8c8c' },
  submitted: { label: 'Chờ duyệt', text: '#7c4a03', background: '#fff7e6', dot: '#d48806' },
  published: { label: 'Đã đăng', text: '#135200', background: '#f6ffed', dot: '#389e0d' },
  scheduled: { label: 'Hẹn giờ', text: '#003eb3', background: '#e6f4ff', dot: '#1677ff' },
  returned: { label: 'Bị trả lại', text: '#a8071a', background: '#fff1f0', dot: '#cf1322' },
  archived: { label: 'Lưu trữ', text: '#262626', background: '#f0f0f0', dot: '#595959' },
};

export const STATUS_OPTIONS = DISPLAY_STATUSES.map((value) => ({ value, label: STYLES[value].label }));

export function displayStatus(article: { status: ArticleStatus; scheduled: boolean }): DisplayStatus {
  return article.status === 'published' && article.scheduled ? 'scheduled' : article.status;
}

export function statusLabel(status: DisplayStatus): string {
  return STYLES[status].label;
}

export function StatusTag({ status }: { status: DisplayStatus }) {
  const style = STYLES[status];
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '1px 8px',
        borderRadius: 10,
        background: style.background,
        color: style.text,
        fontSize: 13,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
      }}
    >
      <span
        aria-hidden
        style={{ width: 8, height: 8, borderRadius: '50%', background: style.dot, flex: 'none' }}
      />
      {style.label}
    </span>
  );
}

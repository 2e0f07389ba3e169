import { useEffect } from 'react';

const APP_TITLE = 'Quản trị — Hợp Tác';

/** Screen reader users and tab lists rely on the document title to tell pages apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${APP_TITLE}`;
    return () => {
      document.title = APP_TITLE;
    };
  }, [title]);
}

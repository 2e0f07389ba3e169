import { Route, Routes } from 'react-router';
import { PageEditorPage } from './page-editor-page';
import { SitePagesListPage } from './site-pages-list-page';

/** /trang: the list, /trang/moi: a new page, /trang/:id: edit a page. */
export function SitePagesSection() {
  return (
    <Routes>
      <Route index element={<SitePagesListPage />} />
      <Route path="moi" element={<PageEditorPage />} />
      <Route path=":id" element={<PageEditorPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { RequireRole } from '../../../auth/require-role';
import { NotFoundPage } from '../../not-found-page';
import { REGISTRY_ACCESS } from '../registry-access';
import { OrgDetailPage } from './org-detail-page';
import { OrgFormPage } from './org-form-page';
import { OrgsListPage } from './orgs-list-page';

/** /to-chuc: the list, /to-chuc/moi: a new record, /to-chuc/:id: its record, /to-chuc/:id/sua: edit it. */
export function OrgsSection() {
  return (
    <Routes>
      <Route index element={<OrgsListPage />} />
      <Route
        path="moi"
        element={
          <RequireRole roles={REGISTRY_ACCESS.write}>
            <OrgFormPage />
          </RequireRole>
        }
      />
      <Route path=":id" element={<OrgDetailPage />} />
      <Route
        path=":id/sua"
        element={
          <RequireRole roles={REGISTRY_ACCESS.write}>
            <OrgFormPage />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

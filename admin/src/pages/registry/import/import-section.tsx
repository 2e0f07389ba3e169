import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../not-found-page';
import { ImportHistoryPage } from './import-history-page';
import { ImportWizardPage } from './import-wizard-page';

/** /nhap-excel: template, upload and history; /nhap-excel/:id: the steps of one import. */
export function ImportSection() {
  return (
    <Routes>
      <Route index element={<ImportHistoryPage />} />
      <Route path=":id" element={<ImportWizardPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../not-found-page';
import { ReportCompletenessPage } from './report-completeness-page';
import { ReportReviewPage } from './report-review-page';

/** /bao-cao-nam: who has reported year N; /bao-cao-nam/:orgId/:year: review one report. */
export function ReportingSection() {
  return (
    <Routes>
      <Route index element={<ReportCompletenessPage />} />
      <Route path=":orgId/:year" element={<ReportReviewPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

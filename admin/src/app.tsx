import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/require-auth';
import { RequireRole } from './auth/require-role';
import { FullPageSpin } from './components/full-page-spin';
import { AdminLayout } from './layout/admin-layout';
import { ACCESS } from './lib/roles';
import { NEWS_ACCESS } from './pages/news/news-access';
import { REGISTRY_ACCESS } from './pages/registry/registry-access';
import { PORTAL_ACCESS } from './pages/site-pages/portal-access';

// One chunk per page: the first screen only loads the shell and the page it shows.
const LoginPage = lazy(() => import('./pages/login-page').then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() =>
  import('./pages/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const UsersPage = lazy(() => import('./pages/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./pages/audit-page').then((m) => ({ default: m.AuditPage })));
const TenantSettingsPage = lazy(() =>
  import('./pages/tenant-settings-page').then((m) => ({ default: m.TenantSettingsPage })),
);
const AccountPage = lazy(() => import('./pages/account-page').then((m) => ({ default: m.AccountPage })));
const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));
// Newsroom: the editor page loads TipTap in a chunk of its own on top of this one.
const ArticlesPage = lazy(() =>
  import('./pages/news/articles-page').then((m) => ({ default: m.ArticlesPage })),
);
const ArticleEditorPage = lazy(() =>
  import('./pages/news/article-editor-page').then((m) => ({ default: m.ArticleEditorPage })),
);
const CategoriesPage = lazy(() =>
  import('./pages/news/categories-page').then((m) => ({ default: m.CategoriesPage })),
);
// Public portal back office (media, documents, pages, menu, links, feedback, statistics):
// one chunk each; ECharts only comes with the statistics page.
const MediaLibraryPage = lazy(() =>
  import('./pages/media/media-library-page').then((m) => ({ default: m.MediaLibraryPage })),
);
const DocumentsPage = lazy(() =>
  import('./pages/documents/documents-page').then((m) => ({ default: m.DocumentsPage })),
);
const SitePagesSection = lazy(() =>
  import('./pages/site-pages/site-pages-section').then((m) => ({ default: m.SitePagesSection })),
);
const MenuEditorPage = lazy(() =>
  import('./pages/site-pages/menu-editor-page').then((m) => ({ default: m.MenuEditorPage })),
);
const LinksPage = lazy(() => import('./pages/site-pages/links-page').then((m) => ({ default: m.LinksPage })));
const FeedbackPage = lazy(() =>
  import('./pages/feedback/feedback-page').then((m) => ({ default: m.FeedbackPage })),
);
const StatsPage = lazy(() => import('./pages/stats/stats-page').then((m) => ({ default: m.StatsPage })));
// Cooperative register: organisations, statistics, Excel import, yearly reports.
const OrgsSection = lazy(() =>
  import('./pages/registry/orgs/orgs-section').then((m) => ({ default: m.OrgsSection })),
);
const RegistryStatsPage = lazy(() =>
  import('./pages/registry/stats/registry-stats-page').then((m) => ({ default: m.RegistryStatsPage })),
);
const ImportSection = lazy(() =>
  import('./pages/registry/import/import-section').then((m) => ({ default: m.ImportSection })),
);
const ReportingSection = lazy(() =>
  import('./pages/registry/reporting/reporting-section').then((m) => ({ default: m.ReportingSection })),
);
const MyReportPage = lazy(() =>
  import('./pages/registry/reporting/my-report-page').then((m) => ({ default: m.MyReportPage })),
);

export function AdminApp() {
  return (
    <BrowserRouter basename="/quan-tri">
      <Suspense fallback={<FullPageSpin />}>
        <Routes>
          <Route path="/dang-nhap" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route path="/doi-mat-khau" element={<ChangePasswordPage />} />
            <Route element={<AdminLayout />}>
              <Route index element={<DashboardPage />} />
              <Route
                path="/nguoi-dung"
                element={
                  <RequireRole roles={ACCESS.users}>
                    <UsersPage />
                  </RequireRole>
                }
              />
              <Route
                path="/nhat-ky"
                element={
                  <RequireRole roles={ACCESS.audit}>
                    <AuditPage />
                  </RequireRole>
                }
              />
              <Route
                path="/cai-dat"
                element={
                  <RequireRole roles={ACCESS.tenantSettings}>
                    <TenantSettingsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/tin-bai"
                element={
                  <RequireRole roles={NEWS_ACCESS.articles}>
                    <ArticlesPage />
                  </RequireRole>
                }
              />
              <Route
                path="/tin-bai/:id"
                element={
                  <RequireRole roles={NEWS_ACCESS.articles}>
                    <ArticleEditorPage />
                  </RequireRole>
                }
              />
              <Route
                path="/chuyen-muc"
                element={
                  <RequireRole roles={NEWS_ACCESS.categories}>
                    <CategoriesPage />
                  </RequireRole>
                }
              />
              <Route
                path="/thu-vien"
                element={
                  <RequireRole roles={PORTAL_ACCESS.media}>
                    <MediaLibraryPage />
                  </RequireRole>
                }
              />
              <Route
                path="/van-ban"
                element={
                  <RequireRole roles={PORTAL_ACCESS.documents}>
                    <DocumentsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/trang/*"
                element={
                  <RequireRole roles={PORTAL_ACCESS.sitePages}>
                    <SitePagesSection />
                  </RequireRole>
                }
              />
              <Route
                path="/menu"
                element={
                  <RequireRole roles={PORTAL_ACCESS.sitePages}>
                    <MenuEditorPage />
                  </RequireRole>
                }
              />
              <Route
                path="/lien-ket"
                element={
                  <RequireRole roles={PORTAL_ACCESS.sitePages}>
                    <LinksPage />
                  </RequireRole>
                }
              />
              <Route
                path="/phan-hoi"
                element={
                  <RequireRole roles={PORTAL_ACCESS.feedback}>
                    <FeedbackPage />
                  </RequireRole>
                }
              />
              <Route
                path="/thong-ke"
                element={
                  <RequireRole roles={PORTAL_ACCESS.stats}>
                    <StatsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/to-chuc/*"
                element={
                  <RequireRole roles={REGISTRY_ACCESS.read}>
                    <OrgsSection />
                  </RequireRole>
                }
              />
              <Route
                path="/thong-ke-to-chuc"
                element={
                  <RequireRole roles={REGISTRY_ACCESS.read}>
                    <RegistryStatsPage />
                  </RequireRole>
                }
              />
              <Route
                path="/nhap-excel/*"
                element={
                  <RequireRole roles={REGISTRY_ACCESS.write}>
                    <ImportSection />
                  </RequireRole>
                }
              />
              <Route
                path="/bao-cao-nam/*"
                element={
                  <RequireRole roles={REGISTRY_ACCESS.read}>
                    <ReportingSection />
                  </RequireRole>
                }
              />
              <Route
                path="/bao-cao-cua-toi"
                element={
                  <RequireRole roles={REGISTRY_ACCESS.member}>
                    <MyReportPage />
                  </RequireRole>
                }
              />
              <Route path="/tai-khoan" element={<AccountPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}

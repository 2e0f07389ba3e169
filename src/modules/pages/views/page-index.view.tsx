import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import type { PageSummary } from '../pages.dto.ts';

/** /gioi-thieu: the alliance's introduction pages, in the order the editors set. */
export function PageIndexView({ site, pages }: { site: SiteContext; pages: PageSummary[] }) {
  const crumbs: Crumb[] = [{ label: 'Giới thiệu' }];
  return (
    <PageLayout
      site={site}
      title="Giới thiệu"
      canonical="/gioi-thieu"
      description={`Giới thiệu ${site.tenant.name}: chức năng, nhiệm vụ, cơ cấu tổ chức và thông tin liên hệ.`}
      breadcrumb={crumbs}
      jsonLd={[breadcrumbJsonLd(crumbs, site.origin, new URL('/gioi-thieu', site.origin).href)]}
    >
      <h1 class="page-title" id="tieu-de-trang">
        Giới thiệu
      </h1>
      <p class="lead" safe>
        {`Thông tin về ${site.tenant.name}.`}
      </p>
      {pages.length > 0 ? (
        <ul class="page-index">
          {pages.map((p) => (
            <li class="page-index__item">
              <a class="page-index__link" href={p.url} safe>
                {p.title}
              </a>
            </li>
          ))}
          <li class="page-index__item">
            <a class="page-index__link" href="/lien-he">
              Liên hệ
            </a>
          </li>
        </ul>
      ) : (
        <p class="muted">
          Nội dung giới thiệu đang được cập nhật. Xem <a href="/lien-he">thông tin liên hệ</a>.
        </p>
      )}
    </PageLayout>
  );
}

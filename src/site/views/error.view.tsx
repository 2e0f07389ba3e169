import { assetUrl } from '../assets.ts';
import { PageLayout } from '../layout/page-layout.tsx';
import { SearchForm } from '../layout/search-form.tsx';
import type { SiteContext } from '../site-context.ts';

export function NotFoundView({ site }: { site: SiteContext }) {
  return (
    <PageLayout site={site} title="Không tìm thấy trang" noindex>
      <section class="error-page" aria-labelledby="tieu-de-trang">
        <p class="error-page__code">Lỗi 404</p>
        <h1 class="page-title" id="tieu-de-trang">
          Không tìm thấy trang
        </h1>
        <p class="lead">
          Trang bạn cần có thể đã được chuyển sang địa chỉ khác hoặc không còn nữa. Vui lòng kiểm tra lại địa
          chỉ, tìm kiếm thông tin bên dưới hoặc trở về trang chủ.
        </p>
        <SearchForm id="tim-kiem-trang-loi" label="Tìm kiếm trên trang" class="search-form--page" />
        <p>
          <a class="button-link" href="/">
            Về trang chủ
          </a>
        </p>
      </section>
    </PageLayout>
  );
}

export function ServerErrorView({ site, requestId }: { site: SiteContext; requestId: string }) {
  return (
    <PageLayout site={site} title="Đã có lỗi hệ thống" noindex>
      <section class="error-page" aria-labelledby="tieu-de-trang">
        <p class="error-page__code">Lỗi 500</p>
        <h1 class="page-title" id="tieu-de-trang">
          Đã có lỗi hệ thống
        </h1>
        <p class="lead">
          Rất tiếc, trang này tạm thời chưa hiển thị được. Sự cố đã được ghi lại để bộ phận kỹ thuật xử lý.
          Xin vui lòng thử lại sau ít phút.
        </p>
        <p class="muted">
          Mã sự cố (cung cấp khi cần hỗ trợ): <code safe>{requestId}</code>
        </p>
        <p>
          <a class="button-link" href="/">
            Về trang chủ
          </a>
        </p>
      </section>
    </PageLayout>
  );
}

/** No tenant and no layout: a host name nobody claimed, or a failure before the layout could render. */
export function StandalonePage({ title, message }: { title: string; message: string }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title safe>{title}</title>
        <link rel="stylesheet" href={assetUrl('site.css')} />
      </head>
      <body class="standalone">
        <main class="standalone__box">
          <img class="standalone__emblem" src={assetUrl('emblem.svg')} alt="" width="64" height="64" />
          <h1 class="standalone__title" safe>
            {title}
          </h1>
          <p safe>{message}</p>
        </main>
      </body>
    </html>
  );
}

export const UNKNOWN_SITE_TITLE = 'Không tìm thấy trang thông tin điện tử của đơn vị cho tên miền này';

export function UnknownSiteView({ host }: { host: string }) {
  return (
    <StandalonePage
      title={UNKNOWN_SITE_TITLE}
      message={`Tên miền “${host}” chưa được gán cho đơn vị nào trên hệ thống. Vui lòng kiểm tra lại địa chỉ; nếu bạn là quản trị viên, hãy khai báo tên miền này trong phần thông tin đơn vị.`}
    />
  );
}

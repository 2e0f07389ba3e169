import { PageLayout } from '../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import { type FeedbackFormState, FeedbackFormView } from './feedback-form.view.tsx';

/** GET /phan-hoi, and the same page when a submission comes back with errors. */
export function FeedbackPageView({ site, state }: { site: SiteContext; state: FeedbackFormState }) {
  const hasErrors = Object.keys(state.errors).length > 0;
  return (
    <PageLayout
      site={site}
      title={hasErrors ? 'Phản hồi (chưa gửi được)' : 'Phản hồi'}
      canonical="/phan-hoi"
      breadcrumb={[{ label: 'Phản hồi' }]}
      description="Gửi ý kiến, câu hỏi, góp ý tới Liên minh Hợp tác xã."
      noindex={hasErrors}
    >
      <section class="feedback-page" aria-labelledby="tieu-de-trang">
        <h1 class="page-title" id="tieu-de-trang">
          Phản hồi
        </h1>
        <p class="lead">
          Bạn đọc có thể gửi ý kiến, câu hỏi hoặc góp ý tới ban biên tập. Câu trả lời (nếu có) được đăng kèm
          phản hồi sau khi duyệt.
        </p>
        {state.values.articleId && state.values.returnTo ? (
          <p>
            <a href={state.values.returnTo}>Quay lại bài viết</a>
          </p>
        ) : null}
        <FeedbackFormView state={state} />
      </section>
    </PageLayout>
  );
}

/** After a successful post (303 → GET /phan-hoi/da-gui): nothing to resubmit on reload. */
export function FeedbackSentView({ site, returnTo }: { site: SiteContext; returnTo: string }) {
  return (
    <PageLayout
      site={site}
      title="Đã gửi phản hồi"
      breadcrumb={[{ label: 'Phản hồi', href: '/phan-hoi' }, { label: 'Đã gửi' }]}
      noindex
    >
      <section class="feedback-page" aria-labelledby="tieu-de-trang">
        <h1 class="page-title" id="tieu-de-trang">
          Đã gửi phản hồi, đang chờ duyệt
        </h1>
        <p class="lead">
          Cảm ơn bạn đã gửi phản hồi. Ban biên tập sẽ xem xét; phản hồi được đăng lên trang sau khi được
          duyệt.
        </p>
        <p>
          {returnTo ? (
            <a class="button-link" href={returnTo}>
              Quay lại trang trước
            </a>
          ) : (
            <a class="button-link" href="/">
              Về trang chủ
            </a>
          )}
        </p>
      </section>
    </PageLayout>
  );
}

/** 429: too many messages from one address in a short time. */
export function FeedbackLimitedView({
  site,
  retryAfterSeconds,
}: {
  site: SiteContext;
  retryAfterSeconds: number;
}) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return (
    <PageLayout site={site} title="Gửi quá nhiều phản hồi" noindex>
      <section class="error-page" aria-labelledby="tieu-de-trang">
        <p class="error-page__code">Lỗi 429</p>
        <h1 class="page-title" id="tieu-de-trang">
          Bạn đã gửi quá nhiều phản hồi
        </h1>
        <p class="lead" safe>
          {`Để chống thư rác, mỗi địa chỉ chỉ được gửi một số phản hồi trong một khoảng thời gian. Vui lòng thử lại sau khoảng ${minutes} phút.`}
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

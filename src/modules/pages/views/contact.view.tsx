import { breadcrumbJsonLd, type Crumb } from '../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../site/layout/page-layout.tsx';
import { ContactLines, FocalContacts } from '../../../site/layout/site-footer.tsx';
import type { SiteContext } from '../../../site/site-context.ts';
import { organizationJsonLd } from '../../../site/views/home.view.tsx';

/** /lien-he: the alliance's address, phone, e-mail and focal contacts, and the way to send feedback. */
export function ContactView({ site }: { site: SiteContext }) {
  const { name, settings } = site.tenant;
  const crumbs: Crumb[] = [{ label: 'Liên hệ' }];
  const hasContact = Boolean(settings.address || settings.phone || settings.email);
  return (
    <PageLayout
      site={site}
      title="Liên hệ"
      canonical="/lien-he"
      description={`Địa chỉ, điện thoại, email và đầu mối liên hệ của ${name}.`}
      breadcrumb={crumbs}
      jsonLd={[
        organizationJsonLd(site),
        breadcrumbJsonLd(crumbs, site.origin, new URL('/lien-he', site.origin).href),
      ]}
    >
      <h1 class="page-title" id="tieu-de-trang">
        Liên hệ
      </h1>
      <div class="contact-page">
        <section class="contact-card" aria-labelledby="lh-don-vi">
          <h2 class="section-title" id="lh-don-vi" safe>
            {name}
          </h2>
          {hasContact ? (
            <ContactLines address={settings.address} phone={settings.phone} email={settings.email} />
          ) : (
            <p class="muted">Thông tin liên hệ đang được cập nhật.</p>
          )}
        </section>
        {settings.contacts.length > 0 ? (
          <section class="contact-card" aria-labelledby="lh-dau-moi">
            <h2 class="section-title" id="lh-dau-moi">
              Đầu mối liên hệ
            </h2>
            <FocalContacts contacts={settings.contacts} />
          </section>
        ) : null}
        <section class="contact-card" aria-labelledby="lh-phan-hoi">
          <h2 class="section-title" id="lh-phan-hoi">
            Gửi phản hồi, câu hỏi
          </h2>
          <p>
            Bạn có câu hỏi, góp ý hoặc phản ánh gửi tới Liên minh? Hãy gửi qua trang phản hồi; nội dung được
            duyệt trước khi đăng và Liên minh sẽ trả lời.
          </p>
          <p>
            <a class="button-link" href="/phan-hoi">
              Gửi phản hồi
            </a>
          </p>
        </section>
      </div>
    </PageLayout>
  );
}

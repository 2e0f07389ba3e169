import { MAIN_MENU } from '../layout/main-menu.ts';
import { PageLayout } from '../layout/page-layout.tsx';
import { ContactLines, FocalContacts } from '../layout/site-footer.tsx';
import type { SiteContext } from '../site-context.ts';

/** schema.org Organization of the alliance, from its settings (empty fields left out). */
export function organizationJsonLd(site: SiteContext): object {
  const { name, settings } = site.tenant;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: `${site.origin}/`,
    ...(settings.logoUrl ? { logo: new URL(settings.logoUrl, site.origin).href } : {}),
    ...(settings.address ? { address: settings.address } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    ...(settings.email ? { email: settings.email } : {}),
  };
}

/** The home page: who the alliance is, what the site offers, how to reach it. News blocks come later. */
export function HomeView({ site }: { site: SiteContext }) {
  const { name, settings } = site.tenant;
  const siteName = settings.siteTitle === name ? `trang thông tin điện tử của ${name}` : settings.siteTitle;
  const hasContact = Boolean(settings.address || settings.phone || settings.email);
  const sections = MAIN_MENU.filter((item) => item.description);
  return (
    <PageLayout
      site={site}
      title="Trang chủ"
      canonical="/"
      description={`Trang thông tin điện tử của ${name}: tin tức, văn bản, hợp tác xã, sản phẩm và thông tin liên hệ.`}
      jsonLd={[organizationJsonLd(site)]}
    >
      <section class="welcome">
        <h1 class="page-title" id="tieu-de-trang" safe>
          {name}
        </h1>
        <p class="lead" safe>
          {`Chào mừng bạn đến với ${siteName}.`}
        </p>
      </section>
      <div class="home-grid">
        <section class="home-sections" aria-labelledby="tieu-de-chuyen-muc">
          <h2 class="section-title" id="tieu-de-chuyen-muc">
            Thông tin trên trang
          </h2>
          <ul class="section-list">
            {sections.map((item) => (
              <li class="section-list__item">
                <a class="section-list__link" href={item.href} safe>
                  {item.label}
                </a>
                <p class="section-list__text" safe>
                  {item.description}
                </p>
              </li>
            ))}
          </ul>
        </section>
        <section class="contact-card" aria-labelledby="tieu-de-lien-he">
          <h2 class="section-title" id="tieu-de-lien-he">
            Liên hệ
          </h2>
          <p class="contact-card__name" safe>
            {name}
          </p>
          {hasContact ? (
            <ContactLines address={settings.address} phone={settings.phone} email={settings.email} />
          ) : (
            <p class="muted">Thông tin liên hệ đang được cập nhật.</p>
          )}
          {settings.contacts.length > 0 ? (
            <>
              <h3 class="contact-card__subtitle">Đầu mối liên hệ</h3>
              <FocalContacts contacts={settings.contacts} />
            </>
          ) : null}
        </section>
      </div>
    </PageLayout>
  );
}

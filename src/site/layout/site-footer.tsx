import type { FocalContact } from '../../modules/tenants/tenants.dto.ts';
import type { SiteContext } from '../site-context.ts';

/** "tel:" wants digits only: "0212 3852 123" → "02123852123". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function ContactLines({ address, phone, email }: { address: string; phone: string; email: string }) {
  if (!address && !phone && !email) return '';
  return (
    <dl class="contact-lines">
      {address ? (
        <div class="contact-lines__row">
          <dt>Địa chỉ</dt>
          <dd safe>{address}</dd>
        </div>
      ) : null}
      {phone ? (
        <div class="contact-lines__row">
          <dt>Điện thoại</dt>
          <dd>
            <a href={telHref(phone)} safe>
              {phone}
            </a>
          </dd>
        </div>
      ) : null}
      {email ? (
        <div class="contact-lines__row">
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${email}`} safe>
              {email}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Focal contacts (đầu mối liên hệ) required of public-service sites: name, role, phone, e-mail. */
export function FocalContacts({ contacts }: { contacts: readonly FocalContact[] }) {
  return (
    <ul class="focal-contacts">
      {contacts.map((c) => (
        <li class="focal-contacts__item">
          <span class="focal-contacts__name" safe>
            {c.name}
          </span>
          {c.title ? (
            <span class="focal-contacts__title" safe>
              {c.title}
            </span>
          ) : null}
          {c.phone ? (
            <a class="focal-contacts__link" href={telHref(c.phone)} safe>
              {c.phone}
            </a>
          ) : null}
          {c.email ? (
            <a class="focal-contacts__link" href={`mailto:${c.email}`} safe>
              {c.email}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function SiteFooter({ site }: { site: SiteContext }) {
  const { name, settings } = site.tenant;
  return (
    <footer class="site-footer">
      <div class="site-footer__inner wrap">
        <section class="site-footer__block" aria-labelledby="chan-trang-don-vi">
          <h2 class="site-footer__heading" id="chan-trang-don-vi" safe>
            {name}
          </h2>
          <ContactLines address={settings.address} phone={settings.phone} email={settings.email} />
          <p class="site-footer__links">
            <a href="/lien-he">Liên hệ</a> · <a href="/phan-hoi">Gửi phản hồi, góp ý</a> ·{' '}
            <a href="/rss.xml">Tin RSS</a>
          </p>
        </section>
        {settings.contacts.length > 0 ? (
          <section class="site-footer__block" aria-labelledby="chan-trang-dau-moi">
            <h2 class="site-footer__heading" id="chan-trang-dau-moi">
              Đầu mối liên hệ
            </h2>
            <FocalContacts contacts={settings.contacts} />
          </section>
        ) : null}
      </div>
      <p class="site-footer__copyright wrap" safe>
        {`© ${site.year} ${name}`}
      </p>
    </footer>
  );
}

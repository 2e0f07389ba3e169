import { formatDate } from '../../../../lib/vi/index.ts';
import { breadcrumbJsonLd, type Crumb } from '../../../../site/layout/breadcrumb.tsx';
import { PageLayout } from '../../../../site/layout/page-layout.tsx';
import type { SiteContext } from '../../../../site/site-context.ts';
import type { AllianceMembership, DirectoryProfile, UnionLink } from '../directory.service.ts';
import { DIRECTORY_PATH } from '../directory-list-query.ts';
import { orgJsonLd } from '../org-json-ld.ts';
import { websiteHref } from '../website-href.ts';
import { OrgStatusBadge } from './org-status-badge.view.tsx';

function Row({ label, children }: { label: string; children: JSX.Element }) {
  return (
    <div class="doc-meta__row">
      <dt class="doc-meta__label" safe>
        {label}
      </dt>
      <dd class="doc-meta__value">{children}</dd>
    </div>
  );
}

function Day({ iso }: { iso: string }) {
  return (
    <time datetime={iso} safe>
      {formatDate(iso)}
    </time>
  );
}

function Text({ value }: { value: string }) {
  return <span safe>{value}</span>;
}

function Website({ value }: { value: string }) {
  const href = websiteHref(value);
  // Entered by the organisation: a link that leaves the site, never passes on rank or the opener.
  return href ? (
    <a href={href} rel="external nofollow noopener" safe>
      {value}
    </a>
  ) : (
    <Text value={value} />
  );
}

function Membership({ m, alliance }: { m: AllianceMembership; alliance: string }) {
  if (m.state === 'member') {
    return (
      <span>
        <Text value={`Thành viên ${alliance} từ ngày `} />
        <Day iso={m.since} />
      </span>
    );
  }
  return (
    <span>
      <Text value={`Đã thôi là thành viên ${alliance} từ ngày `} />
      <Day iso={m.until} />
    </span>
  );
}

function LawConversion({ p }: { p: DirectoryProfile }) {
  if (!p.convertedToLaw2023) return <Text value="Chưa chuyển đổi" />;
  return p.convertedOn ? (
    <span>
      <Text value="Đã chuyển đổi, ngày " />
      <Day iso={p.convertedOn} />
    </span>
  ) : (
    <Text value="Đã chuyển đổi" />
  );
}

function LinkList({ id, title, links }: { id: string; title: string; links: readonly UnionLink[] }) {
  if (links.length === 0) return '';
  return (
    <section class="doc-section" aria-labelledby={id}>
      <h2 class="section-title" id={id} safe>
        {title}
      </h2>
      <ul class="doc-refs">
        {links.map((l) => (
          <li>
            <a href={l.url} safe>
              {l.name}
            </a>
            <span class="muted" safe>{` — ${l.kindLabel}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function description(p: DirectoryProfile): string {
  const parts = [`${p.kindLabel} ${p.name}`, p.sectors[0], p.address].filter(Boolean);
  return parts.join(' — ').slice(0, 300);
}

/**
 * /hop-tac-xa/:slug: the public profile. Everything shown comes from DirectoryProfile, which holds
 * public fields only (no private contacts, notes, figures or ratings).
 */
export function OrgProfileView({ site, p }: { site: SiteContext; p: DirectoryProfile }) {
  const crumbs: Crumb[] = [{ label: 'Hợp tác xã', href: DIRECTORY_PATH }, { label: p.name }];
  const canonical = new URL(p.url, site.origin).href;
  const representative = [p.representativeName, p.representativeTitle].filter(Boolean).join(' — ');
  return (
    <PageLayout
      site={site}
      title={p.name}
      canonical={p.url}
      description={description(p)}
      breadcrumb={crumbs}
      jsonLd={[orgJsonLd(site, p), breadcrumbJsonLd(crumbs, site.origin, canonical)]}
    >
      <article class="doc-detail" aria-labelledby="tieu-de-trang">
        <h1 class="page-title" id="tieu-de-trang" safe>
          {p.name}
        </h1>
        <p class="lead" safe>
          {p.shortName ? `${p.kindLabel} · ${p.shortName}` : p.kindLabel}
        </p>
        <dl class="doc-meta">
          <Row label="Loại hình">
            <Text value={p.kindLabel} />
          </Row>
          {p.shortName ? (
            <Row label="Tên viết tắt">
              <Text value={p.shortName} />
            </Row>
          ) : null}
          {p.regCode ? (
            <Row label="Mã số đăng ký">
              <Text value={p.regCode} />
            </Row>
          ) : null}
          {p.registeredOn ? (
            <Row label="Ngày đăng ký">
              <Day iso={p.registeredOn} />
            </Row>
          ) : null}
          {p.registrationAuthority ? (
            <Row label="Cơ quan đăng ký">
              <Text value={p.registrationAuthority} />
            </Row>
          ) : null}
          {p.foundedOn ? (
            <Row label="Ngày thành lập">
              <Day iso={p.foundedOn} />
            </Row>
          ) : null}
          <Row label="Địa chỉ">
            {p.address ? <Text value={p.address} /> : <span class="muted">Chưa cập nhật</span>}
          </Row>
          {p.addressOriginal ? (
            <Row label="Địa chỉ theo hồ sơ gốc">
              <Text value={p.addressOriginal} />
            </Row>
          ) : null}
          <Row label="Ngành, lĩnh vực">
            <Text value={p.sectors.join(', ')} />
          </Row>
          {representative ? (
            <Row label="Người đại diện theo pháp luật">
              <Text value={representative} />
            </Row>
          ) : null}
          {p.phone ? (
            <Row label="Điện thoại">
              <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`} safe>
                {p.phone}
              </a>
            </Row>
          ) : null}
          {p.email ? (
            <Row label="Thư điện tử">
              <a href={`mailto:${p.email}`} safe>
                {p.email}
              </a>
            </Row>
          ) : null}
          {p.website ? (
            <Row label="Trang web">
              <Website value={p.website} />
            </Row>
          ) : null}
          <Row label="Tình trạng hoạt động">
            <span>
              <OrgStatusBadge status={p.status} label={p.statusLabel} />
              {p.statusSince ? (
                <span class="doc-meta__note">
                  {' từ ngày '}
                  <Day iso={p.statusSince} />
                </span>
              ) : null}
            </span>
          </Row>
          {p.convertedToLaw2023 !== null ? (
            <Row label="Chuyển đổi theo Luật Hợp tác xã 2023">
              <LawConversion p={p} />
            </Row>
          ) : null}
          {p.membership ? (
            <Row label="Thành viên Liên minh">
              <Membership m={p.membership} alliance={site.tenant.name} />
            </Row>
          ) : null}
        </dl>
        <LinkList id="htx-thanh-vien" title="Thành viên của liên hiệp" links={p.members} />
        <LinkList id="htx-lien-hiep" title="Là thành viên của" links={p.unions} />
        <p class="muted">
          {'Thông tin cập nhật ngày '}
          <time datetime={p.updatedAt.toISOString()} safe>
            {formatDate(p.updatedAt)}
          </time>
          .
        </p>
        <p>
          <a href={DIRECTORY_PATH}>‹ Về danh bạ hợp tác xã</a>
        </p>
      </article>
    </PageLayout>
  );
}

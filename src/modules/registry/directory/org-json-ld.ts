import type { SiteContext } from '../../../site/site-context.ts';
import type { DirectoryProfile } from './directory.service.ts';
import { websiteHref } from './website-href.ts';

/**
 * schema.org Organization of a profile page, from its public fields only (empty ones left out).
 * PageLayout writes it with "<" escaped, so names cannot close the script tag.
 */
export function orgJsonLd(site: SiteContext, p: DirectoryProfile): object {
  const url = new URL(p.url, site.origin).href;
  const website = websiteHref(p.website);
  const hasAddress = Boolean(p.street || p.communeName || p.provinceName);
  const unions = p.unions.map((u) => ({
    '@type': 'Organization',
    name: u.name,
    url: new URL(u.url, site.origin).href,
  }));
  const alliance =
    p.membership?.state === 'member'
      ? [{ '@type': 'Organization', name: site.tenant.name, url: `${site.origin}/` }]
      : [];
  const memberOf = [...alliance, ...unions];
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${url}#to-chuc`,
    name: p.name,
    url,
    ...(p.shortName ? { alternateName: p.shortName } : {}),
    ...(p.regCode ? { identifier: p.regCode } : {}),
    ...(p.foundedOn ? { foundingDate: p.foundedOn } : {}),
    ...(hasAddress
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(p.street ? { streetAddress: p.street } : {}),
            ...(p.communeName ? { addressLocality: p.communeName } : {}),
            ...(p.provinceName ? { addressRegion: p.provinceName } : {}),
            addressCountry: 'VN',
          },
        }
      : {}),
    ...(p.phone ? { telephone: p.phone } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(website ? { sameAs: [website] } : {}),
    ...(memberOf.length > 0 ? { memberOf } : {}),
    ...(p.members.length > 0
      ? {
          member: p.members.map((m) => ({
            '@type': 'Organization',
            name: m.name,
            url: new URL(m.url, site.origin).href,
          })),
        }
      : {}),
  };
}

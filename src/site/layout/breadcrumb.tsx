export interface Crumb {
  label: string;
  /** Absent on the last crumb: the page itself. */
  href?: string;
}

/** "Trang chủ › Tin tức › …": the home crumb is added here, callers pass the rest. */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  const all: Crumb[] = [{ label: 'Trang chủ', href: '/' }, ...items];
  return (
    <nav class="breadcrumb" aria-label="Đường dẫn">
      <ol class="breadcrumb__list">
        {all.map((crumb, i) => {
          const last = i === all.length - 1;
          return (
            <li class="breadcrumb__item">
              {crumb.href && !last ? (
                <a href={crumb.href} safe>
                  {crumb.label}
                </a>
              ) : (
                <span aria-current="page" safe>
                  {crumb.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** schema.org BreadcrumbList for the same trail, with absolute URLs. */
export function breadcrumbJsonLd(items: readonly Crumb[], origin: string, pageUrl: string): object {
  const all: Crumb[] = [{ label: 'Trang chủ', href: '/' }, ...items];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: all.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? new URL(crumb.href, origin).href : pageUrl,
    })),
  };
}

import { assetUrl } from '../assets.ts';
import type { SiteContext } from '../site-context.ts';
import { FontSizeSwitch } from './font-size-switch.tsx';
import { type MenuItem, menuCurrent } from './main-menu.ts';
import { SearchForm } from './search-form.tsx';

/** The alliance's logo when it has one, else the platform's emblem; the name beside it is the link text. */
function Brand({ site }: { site: SiteContext }) {
  const { name, settings } = site.tenant;
  const tagline = settings.siteTitle !== name ? settings.siteTitle : 'Trang thông tin điện tử';
  return (
    <a class="brand" href="/">
      {settings.logoUrl ? (
        <img class="brand__logo" src={settings.logoUrl} alt="" height="64" />
      ) : (
        <img
          class="brand__logo brand__logo--emblem"
          src={assetUrl('emblem.svg')}
          alt=""
          width="64"
          height="64"
        />
      )}
      <span class="brand__text">
        <span class="brand__tagline" safe>
          {tagline}
        </span>
        <span class="brand__name" safe>
          {name}
        </span>
      </span>
    </a>
  );
}

export function MainNav({ items, path }: { items: readonly MenuItem[]; path: string }) {
  return (
    <nav class="main-nav" aria-label="Menu chính">
      <ul class="main-nav__list wrap">
        {items.map((item) => (
          <li class="main-nav__item">
            <a class="main-nav__link" href={item.href} aria-current={menuCurrent(item, path)} safe>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SiteHeader({ site, menu }: { site: SiteContext; menu: readonly MenuItem[] }) {
  return (
    <header class="site-header">
      <div class="topbar">
        <div class="topbar__inner wrap">
          <FontSizeSwitch />
        </div>
      </div>
      <div class="masthead">
        <div class="masthead__inner wrap">
          <Brand site={site} />
          <SearchForm id="tim-kiem-dau-trang" labelHidden class="search-form--header" />
        </div>
      </div>
      <MainNav items={menu} path={site.path} />
    </header>
  );
}

import { formatDate, formatNumber } from '../../lib/vi/index.ts';
import { assetUrl } from '../assets.ts';
import { PageLayout } from '../layout/page-layout.tsx';
import { ContactLines, FocalContacts } from '../layout/site-footer.tsx';
import type { SiteContext } from '../site-context.ts';
import type { HomeArticle, HomeCategoryBlock, HomeData, HomeDocument, HomeLink } from './home-data.ts';

/** Where counter.js fetches the live figures (the stats module's route). */
const COUNTER_URL = '/thong-ke/bo-dem';

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

function Dateline({ at }: { at: Date }) {
  return (
    <time class="news-date" datetime={at.toISOString()} safe>
      {formatDate(at)}
    </time>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <p class="muted" safe>
      {text}
    </p>
  );
}

/** The lead story: cover, title, summary (the page's first image: loaded eagerly, no lazy attribute). */
function LeadStory({ article }: { article: HomeArticle }) {
  return (
    <article class="lead-story">
      {article.cover ? (
        <img
          class="lead-story__image"
          src={article.cover.src}
          srcset={article.cover.srcset}
          sizes="(min-width: 64em) 48rem, 100vw"
          width={String(article.cover.width)}
          height={String(article.cover.height)}
          alt={article.cover.alt}
        />
      ) : null}
      <h3 class="lead-story__title">
        <a href={article.url} safe>
          {article.title}
        </a>
      </h3>
      <p class="lead-story__meta">
        <Dateline at={article.publishedAt} />
        {article.categoryName ? (
          <span class="news-category" safe>
            {article.categoryName}
          </span>
        ) : null}
      </p>
      {article.summary ? (
        <p class="lead-story__summary" safe>
          {article.summary}
        </p>
      ) : null}
    </article>
  );
}

function NewsList({ articles }: { articles: readonly HomeArticle[] }) {
  return (
    <ul class="news-list">
      {articles.map((a) => (
        <li class="news-list__item">
          <a class="news-list__link" href={a.url} safe>
            {a.title}
          </a>
          <Dateline at={a.publishedAt} />
        </li>
      ))}
    </ul>
  );
}

function FeaturedBlock({ articles }: { articles: readonly HomeArticle[] }) {
  const [lead, ...rest] = articles;
  return (
    <section class="home-block home-block--featured" aria-labelledby="tin-noi-bat">
      <h2 class="section-title" id="tin-noi-bat">
        Tin nổi bật
      </h2>
      {lead ? (
        <>
          <LeadStory article={lead} />
          {rest.length > 0 ? <NewsList articles={rest} /> : null}
        </>
      ) : (
        <Empty text="Chưa có tin bài." />
      )}
    </section>
  );
}

function CategoryBlock({ block, index }: { block: HomeCategoryBlock; index: number }) {
  const id = `chuyen-muc-${index + 1}`;
  return (
    <section class="home-block" aria-labelledby={id}>
      <h2 class="section-title" id={id}>
        <a class="section-title__link" href={block.category.url} safe>
          {block.category.name}
        </a>
      </h2>
      <NewsList articles={block.articles} />
      <p class="home-block__more">
        <a href={block.category.url}>
          Xem thêm<span class="visually-hidden" safe>{` tin ${block.category.name}`}</span>
        </a>
      </p>
    </section>
  );
}

/** "2024-01-19" → "19/01/2024" without going through a time zone. */
function isoDayText(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

function DocumentsBlock({ documents }: { documents: readonly HomeDocument[] }) {
  return (
    <section class="home-block home-docs" aria-labelledby="van-ban-moi">
      <h2 class="section-title" id="van-ban-moi">
        Văn bản mới
      </h2>
      {documents.length > 0 ? (
        <ul class="home-docs__list">
          {documents.map((d) => (
            <li class="home-docs__item">
              <a class="home-docs__number" href={d.url} safe>
                {d.number}
              </a>
              <span class="home-docs__summary" safe>
                {d.summary}
              </span>
              <time class="news-date" datetime={d.issuedOn} safe>
                {isoDayText(d.issuedOn)}
              </time>
            </li>
          ))}
        </ul>
      ) : (
        <Empty text="Chưa có văn bản." />
      )}
      <p class="home-block__more">
        <a href="/van-ban">Tất cả văn bản</a>
      </p>
    </section>
  );
}

/** Only web addresses and paths of this site: a stored "javascript:" link must never become one. */
function isWebHref(url: string): boolean {
  return /^https?:\/\//i.test(url) || (url.startsWith('/') && !url.startsWith('//'));
}

function LinksBlock({ links }: { links: readonly HomeLink[] }) {
  const shown = links.filter((l) => isWebHref(l.url));
  return (
    <section class="home-block home-links" aria-labelledby="lien-ket-website">
      <h2 class="section-title" id="lien-ket-website">
        Liên kết website
      </h2>
      {shown.length > 0 ? (
        <ul class="link-list">
          {shown.map((l) => (
            <li class="link-list__item">
              <a href={l.url} rel={l.url.startsWith('/') ? undefined : 'noopener noreferrer'} safe>
                {l.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <Empty text="Chưa có liên kết." />
      )}
    </section>
  );
}

/**
 * "Thống kê truy cập" and "Số người trực tuyến". The cached page carries the figures of its
 * render (readers without JavaScript see those); counter.js replaces them with live ones.
 */
function VisitCounterBlock({ counter }: { counter: NonNullable<HomeData['counter']> }) {
  return (
    <section class="home-block visit-counter" aria-labelledby="thong-ke" data-counter-url={COUNTER_URL}>
      <h2 class="section-title" id="thong-ke">
        Thống kê
      </h2>
      <dl class="visit-counter__list">
        <div class="visit-counter__row">
          <dt>Thống kê truy cập:</dt>
          <dd data-counter="total" safe>
            {formatNumber(counter.totalVisits)}
          </dd>
        </div>
        <div class="visit-counter__row">
          <dt>Số người trực tuyến:</dt>
          <dd data-counter="online" safe>
            {formatNumber(counter.onlineNow)}
          </dd>
        </div>
      </dl>
      <script src={assetUrl('counter.js')} defer></script>
    </section>
  );
}

function ContactCard({ site }: { site: SiteContext }) {
  const { name, settings } = site.tenant;
  const hasContact = Boolean(settings.address || settings.phone || settings.email);
  return (
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
  );
}

/** The home page: featured and latest news, a block per main category, documents, links, counter. */
export function HomeView({ site, data }: { site: SiteContext; data: HomeData }) {
  const { name, settings } = site.tenant;
  const siteName = settings.siteTitle === name ? `trang thông tin điện tử của ${name}` : settings.siteTitle;
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
        <div class="home-main">
          <FeaturedBlock articles={data.featured} />
          <section class="home-block" aria-labelledby="tin-moi-nhat">
            <h2 class="section-title" id="tin-moi-nhat">
              Mới nhất
            </h2>
            {data.latest.length > 0 ? <NewsList articles={data.latest} /> : <Empty text="Chưa có tin bài." />}
            <p class="home-block__more">
              <a href="/tin-tuc">Tất cả tin tức</a>
            </p>
          </section>
          {data.categories.map((block, i) => (
            <CategoryBlock block={block} index={i} />
          ))}
        </div>
        <div class="home-aside">
          <DocumentsBlock documents={data.documents} />
          <LinksBlock links={data.links} />
          {data.counter ? <VisitCounterBlock counter={data.counter} /> : null}
          <ContactCard site={site} />
        </div>
      </div>
    </PageLayout>
  );
}

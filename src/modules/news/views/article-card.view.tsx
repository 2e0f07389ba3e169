import './jsx-augment.ts';
import { formatDate, formatDateTime } from '../../../lib/vi/index.ts';
import type { ArticleCard } from '../article-cards.service.ts';

/** <time> with the machine-readable instant and the Vietnamese dateline "10:40 | 19/01/2024". */
export function Dateline({ at, short = false }: { at: Date; short?: boolean }) {
  return (
    <time datetime={at.toISOString()} safe>
      {short ? formatDate(at) : formatDateTime(at)}
    </time>
  );
}

/** One article in a list: cover, title, dateline, summary. The title's heading level follows the page. */
export function NewsCard({ card, level = 2 }: { card: ArticleCard; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class="news-card">
      {card.cover ? (
        // Decorative here: the title next to it is the link, so screen readers hear the article once.
        <div class="news-card__media">
          <img
            class="news-card__img"
            src={card.cover.src}
            srcset={card.cover.srcset}
            sizes="(min-width: 48em) 14rem, 100vw"
            width={String(card.cover.width)}
            height={String(card.cover.height)}
            alt=""
            loading="lazy"
            decoding="async"
          />
        </div>
      ) : null}
      <div class="news-card__text">
        <Heading class="news-card__title">
          <a href={card.url} safe>
            {card.title}
          </a>
        </Heading>
        <p class="news-card__meta">
          <Dateline at={card.publishedAt} />
          {card.categoryName ? (
            <>
              {' · '}
              <a href={`/chuyen-muc/${card.categorySlug}`} safe>
                {card.categoryName}
              </a>
            </>
          ) : null}
        </p>
        {card.summary ? (
          <p class="news-card__summary" safe>
            {card.summary}
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** A titled list of links with dates ("Các tin khác", "Mới nhất"). */
export function RelatedList({
  id,
  title,
  cards,
}: {
  id: string;
  title: string;
  cards: readonly ArticleCard[];
}) {
  if (cards.length === 0) return '';
  return (
    <section class="related-list" aria-labelledby={id}>
      <h2 class="section-title" id={id} safe>
        {title}
      </h2>
      <ul class="related-list__items">
        {cards.map((c) => (
          <li class="related-list__item">
            <a href={c.url} safe>
              {c.title}
            </a>{' '}
            <span class="related-list__date">
              (<Dateline at={c.publishedAt} short />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { formatDate } from '../../../lib/vi/index.ts';
import type { SearchHit } from '../search.dto.ts';
import { HighlightedText } from './highlighted-text.view.tsx';

/** One result: kind, highlighted title (the link), highlighted excerpt, date. */
function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li class="search-result">
      <p class="search-result__kind" safe>
        {hit.kindLabel}
      </p>
      <h3 class="search-result__title">
        <a href={hit.url}>
          <HighlightedText segments={hit.title} />
        </a>
      </h3>
      {hit.snippet.length > 0 ? (
        <p class="search-result__snippet">
          <HighlightedText segments={hit.snippet} />
        </p>
      ) : null}
      <p class="search-result__date muted">
        <time datetime={hit.publishedAt} safe>
          {formatDate(hit.publishedAt)}
        </time>
      </p>
    </li>
  );
}

/** The numbered result list; numbering continues across pages. */
export function SearchResultList({ items, start }: { items: readonly SearchHit[]; start: number }) {
  return (
    <ol class="search-results" start={String(start)}>
      {items.map((hit) => (
        <SearchResultItem hit={hit} />
      ))}
    </ol>
  );
}

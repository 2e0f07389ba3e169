import { SEARCH_KIND_INFO, SEARCH_KINDS } from '../search.dto.ts';
import type { CategoryOption } from '../search.service.ts';
import type { SearchPageParams } from '../search-page-params.ts';

export interface SearchFilterFormProps {
  params: SearchPageParams;
  categories: readonly CategoryOption[];
}

/** The search form with the query kept and the filters (type, category, date range); plain GET. */
export function SearchFilterForm({ params, categories }: SearchFilterFormProps) {
  return (
    <search class="search-form search-form--page search-filters" aria-label="Tìm kiếm và lọc kết quả">
      <form action="/tim-kiem" method="get">
        <label for="tim-kiem-q" class="search-form__label">
          Từ khóa
        </label>
        <span class="search-form__row">
          <input
            id="tim-kiem-q"
            class="search-form__input"
            type="search"
            name="q"
            value={params.q}
            maxlength="200"
            autocomplete="off"
            enterkeyhint="search"
            placeholder="Ví dụ: hợp tác xã nông nghiệp"
          />
          <button type="submit" class="search-form__button">
            Tìm kiếm
          </button>
        </span>
        <details class="search-filters__more" open={hasFilters(params)}>
          <summary>Lọc kết quả</summary>
          <fieldset class="search-filters__kinds">
            <legend>Loại nội dung</legend>
            {SEARCH_KINDS.map((kind) => (
              <label class="search-filters__check">
                <input
                  type="checkbox"
                  name="loai"
                  value={SEARCH_KIND_INFO[kind].param}
                  checked={params.kinds.includes(kind)}
                />{' '}
                <span>{SEARCH_KIND_INFO[kind].label}</span>
              </label>
            ))}
          </fieldset>
          <p class="search-filters__field">
            <label for="tim-kiem-chuyen-muc">Chuyên mục</label>
            <select id="tim-kiem-chuyen-muc" name="chuyen-muc">
              <option value="">Tất cả chuyên mục</option>
              {categories.map((c) => (
                <option value={c.slug} selected={params.category?.id === c.id} safe>
                  {`${'— '.repeat(c.depth)}${c.name}`}
                </option>
              ))}
            </select>
          </p>
          <p class="search-filters__field">
            <label for="tim-kiem-tu-ngay">Từ ngày</label>
            <input
              id="tim-kiem-tu-ngay"
              type="text"
              name="tu-ngay"
              value={params.fromText}
              inputmode="numeric"
              autocomplete="off"
              placeholder="dd/mm/yyyy"
              aria-describedby="tim-kiem-ngay-goi-y"
            />
          </p>
          <p class="search-filters__field">
            <label for="tim-kiem-den-ngay">Đến ngày</label>
            <input
              id="tim-kiem-den-ngay"
              type="text"
              name="den-ngay"
              value={params.toText}
              inputmode="numeric"
              autocomplete="off"
              placeholder="dd/mm/yyyy"
              aria-describedby="tim-kiem-ngay-goi-y"
            />
          </p>
          <p id="tim-kiem-ngay-goi-y" class="muted">
            Ngày viết theo dạng ngày/tháng/năm, ví dụ 19/01/2024.
          </p>
        </details>
      </form>
    </search>
  );
}

function hasFilters(p: SearchPageParams): boolean {
  return p.kinds.length > 0 || p.category !== null || p.fromText !== '' || p.toText !== '';
}

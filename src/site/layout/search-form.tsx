export interface SearchFormProps {
  /** Unique per page: the header and the 404 page both carry a form. */
  id: string;
  /** Visible label; the header form hides it visually but keeps it for screen readers. */
  label?: string;
  labelHidden?: boolean;
  class?: string;
}

/** GET /tim-kiem?q=…: a plain form, so searching works without JavaScript. */
export function SearchForm({
  id,
  label = 'Tìm kiếm trên trang',
  labelHidden = false,
  class: extra,
}: SearchFormProps) {
  return (
    <search class={['search-form', extra]}>
      <form action="/tim-kiem" method="get">
        <label for={id} class={['search-form__label', labelHidden && 'visually-hidden']} safe>
          {label}
        </label>
        <span class="search-form__row">
          <input
            id={id}
            class="search-form__input"
            type="search"
            name="q"
            maxlength="200"
            autocomplete="off"
            enterkeyhint="search"
            placeholder="Nhập từ khóa…"
          />
          <button type="submit" class="search-form__button">
            Tìm kiếm
          </button>
        </span>
      </form>
    </search>
  );
}

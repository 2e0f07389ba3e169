/**
 * A−/A/A+: scales the root font size (every length in site.css is in rem). Needs JavaScript,
 * so CSS shows it only under html.js, a class the inline head script sets before the first paint.
 */
export function FontSizeSwitch() {
  return (
    <fieldset class="fs-switch">
      <legend class="fs-switch__label">Cỡ chữ</legend>
      <button
        type="button"
        class="fs-switch__button fs-switch__button--sm"
        data-font-size="sm"
        aria-pressed="false"
        aria-label="Giảm cỡ chữ"
      >
        A−
      </button>
      <button
        type="button"
        class="fs-switch__button"
        data-font-size="md"
        aria-pressed="true"
        aria-label="Cỡ chữ mặc định"
      >
        A
      </button>
      <button
        type="button"
        class="fs-switch__button fs-switch__button--lg"
        data-font-size="lg"
        aria-pressed="false"
        aria-label="Tăng cỡ chữ"
      >
        A+
      </button>
    </fieldset>
  );
}

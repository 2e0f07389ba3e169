/**
 * A−/A/A+: scales the root font size (every length in site.css is in rem). Needs JavaScript,
 * so CSS shows it only under html.js, a class the inline head script sets before the first paint.
 * The spoken name starts with the visible text ("A+ Tăng cỡ chữ"): WCAG 2.5.3 label in name.
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
      >
        A−
        <span class="visually-hidden"> Giảm cỡ chữ</span>
      </button>
      <button type="button" class="fs-switch__button" data-font-size="md" aria-pressed="true">
        A<span class="visually-hidden"> Cỡ chữ mặc định</span>
      </button>
      <button
        type="button"
        class="fs-switch__button fs-switch__button--lg"
        data-font-size="lg"
        aria-pressed="false"
      >
        A+
        <span class="visually-hidden"> Tăng cỡ chữ</span>
      </button>
    </fieldset>
  );
}

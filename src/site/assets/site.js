/* Cỡ chữ A−/A/A+. The inline head script already applied the saved size before the first paint;
   this wires the buttons. Key and class names match src/site/csp.ts and site.css. */
(() => {
  const KEY = 'hoptac:co-chu';
  const root = document.documentElement;
  const buttons = document.querySelectorAll('[data-font-size]');
  if (!buttons.length) return;

  const current = () =>
    root.classList.contains('fs-sm') ? 'sm' : root.classList.contains('fs-lg') ? 'lg' : 'md';

  const show = (size) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.fontSize === size));
  };

  const apply = (size) => {
    root.classList.remove('fs-sm', 'fs-lg');
    if (size === 'sm' || size === 'lg') root.classList.add(`fs-${size}`);
    show(size);
  };

  for (const b of buttons) {
    b.addEventListener('click', () => {
      const size = b.dataset.fontSize;
      apply(size);
      try {
        if (size === 'md') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, size);
      } catch {
        /* private mode or storage disabled: the choice lasts for this page only */
      }
    });
  }

  // Another tab changed the size: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) apply(e.newValue === 'sm' || e.newValue === 'lg' ? e.newValue : 'md');
  });

  show(current());
})();

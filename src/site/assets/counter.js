/* Thống kê truy cập: the page (possibly cached) shows the figures of its render; this fetches the
   live ones once on load and every minute while the tab is visible. Markup: home.view.tsx. */
(() => {
  const box = document.querySelector('[data-counter-url]');
  if (!box || !window.fetch) return;
  const url = box.getAttribute('data-counter-url');
  const total = box.querySelector('[data-counter="total"]');
  const online = box.querySelector('[data-counter="online"]');

  const refresh = () => {
    if (document.visibilityState === 'hidden') return;
    fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((c) => {
        if (!c) return;
        if (total && typeof c.totalText === 'string') total.textContent = c.totalText;
        if (online && typeof c.onlineText === 'string') online.textContent = c.onlineText;
      })
      .catch(() => {
        /* offline: the figures of the page stay */
      });
  };

  refresh();
  setInterval(refresh, 60000);
})();

/* Phản hồi: solves the server's anti-spam challenge (ALTCHA v2, SHA-256, no third party) when the
   reader first enters the form, and puts the solution in the hidden "altcha" field. A submit
   before the work is done waits for it. Markup: feedback-form.view.tsx; checked by
   feedback-challenge.ts (payload = base64 of JSON {challenge, solution}). */
(() => {
  const form = document.querySelector('form[data-feedback-form]');
  const subtle = window.crypto?.subtle;
  if (!form || !subtle || !window.fetch) return;
  const field = form.querySelector('input[name="altcha"]');
  const status = form.querySelector('[data-altcha-status]');
  const url = form.getAttribute('data-challenge-url');
  const BATCH = 64;
  let work = null;
  let expiresAt = 0;
  let submitting = false;

  const say = (text) => {
    if (status) status.textContent = text;
  };
  const bytes = (hex) => new Uint8Array(hex.match(/../g).map((h) => parseInt(h, 16)));
  const hex = (buf) => Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');

  // Key for one counter: SHA-256 repeated `cost` times over salt + nonce + counter (uint32, big-endian).
  const derive = async (p, salt, nonce, counter) => {
    let data = new Uint8Array(salt.length + nonce.length + 4);
    data.set(salt, 0);
    data.set(nonce, salt.length);
    new DataView(data.buffer).setUint32(salt.length + nonce.length, counter, false);
    for (let i = 0; i < Math.max(1, p.cost); i++)
      data = new Uint8Array(await subtle.digest(p.algorithm, data));
    return data.slice(0, p.keyLength || 32);
  };

  const startsWith = (key, prefix) => {
    for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false;
    return true;
  };

  const solve = async () => {
    const res = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`challenge ${res.status}`);
    const challenge = await res.json();
    const p = challenge.parameters;
    const salt = bytes(p.salt);
    const nonce = bytes(p.nonce);
    const prefix = bytes(p.keyPrefix);
    // Digests run in batches: one await per batch instead of one per counter.
    for (let start = 0; start < 0xffffffff; start += BATCH) {
      const batch = [];
      for (let n = start; n < start + BATCH; n++) batch.push(derive(p, salt, nonce, n));
      const keys = await Promise.all(batch);
      for (let i = 0; i < keys.length; i++) {
        if (startsWith(keys[i], prefix)) {
          const solution = { counter: start + i, derivedKey: hex(keys[i]) };
          expiresAt = p.data.exp * 1000;
          return btoa(JSON.stringify({ challenge, solution }));
        }
      }
    }
    throw new Error('no solution');
  };

  const fresh = () => field.value && Date.now() < expiresAt - 30000;

  const start = () => {
    if (fresh()) return Promise.resolve();
    if (!work) {
      say('Đang xác minh chống thư rác…');
      work = solve()
        .then((payload) => {
          field.value = payload;
          say('Đã xác minh, bạn có thể gửi phản hồi.');
        })
        .catch(() => {
          field.value = '';
          say('Chưa xác minh được. Bạn vẫn có thể bấm “Gửi phản hồi” để thử lại.');
        })
        .finally(() => {
          work = null;
        });
    }
    return work;
  };

  form.addEventListener('focusin', start, { once: true });
  form.addEventListener('submit', (e) => {
    if (fresh() || submitting) return;
    e.preventDefault();
    start().then(() => {
      submitting = true;
      form.submit();
    });
  });
})();

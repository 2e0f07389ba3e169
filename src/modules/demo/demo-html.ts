// Tiny builders for the demo bodies. They write HTML exactly as sanitizeRichText emits it
// (double-quoted attributes, `<img … />`), so stored bodies equal their sanitized form.
import type { DemoImageKey } from './demo-images.data.ts';

/** The placeholder src of an inline demo picture; the loader swaps it for the media URL. */
export const DEMO_IMAGE_SRC_PREFIX = '/demo-image/';

export const p = (text: string) => `<p>${text}</p>`;
export const h2 = (text: string) => `<h2>${text}</h2>`;
export const h3 = (text: string) => `<h3>${text}</h3>`;
export const strong = (text: string) => `<strong>${text}</strong>`;
export const ul = (...items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (...items: string[]) => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
export const quote = (text: string) => `<blockquote><p>${text}</p></blockquote>`;

/** An inline picture with its caption ("Ảnh: …"). */
export const figure = (key: DemoImageKey, alt: string, caption: string) =>
  `<figure><img src="${DEMO_IMAGE_SRC_PREFIX}${key}" alt="${alt}" /><figcaption>Ảnh: ${caption}</figcaption></figure>`;

/** A table of figures: a header row and body rows, optionally with a caption. */
export const table = (head: readonly string[], rows: readonly (readonly string[])[], caption?: string) =>
  '<table>' +
  (caption ? `<caption>${caption}</caption>` : '') +
  `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
  `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody>` +
  '</table>';

export const body = (...blocks: string[]) => blocks.join('\n');

import { foldDiacritics } from '../../lib/vi/index.ts';

/**
 * `attachment` with the uploaded Vietnamese name: filename* in UTF-8 (RFC 5987/6266) for every
 * current browser, and an ASCII filename without diacritics for the old ones.
 */
export function attachmentDisposition(name: string): string {
  const ascii =
    foldDiacritics(name)
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'tai-lieu';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

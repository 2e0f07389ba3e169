// Characters XML 1.0 forbids outright (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF):
// one stray control character pasted from Word would make the whole feed unparseable.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value for XML. */
export function xmlEscape(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** RFC 822 date as RSS 2.0 wants it: "Mon, 02 Mar 2026 03:00:00 GMT". */
export const rfc822 = (d: Date): string => d.toUTCString();

/** W3C datetime for sitemaps. */
export const w3cDate = (d: Date): string => d.toISOString();

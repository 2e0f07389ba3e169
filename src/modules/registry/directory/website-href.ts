const WITH_SCHEME = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

/**
 * A link for the website an organisation entered ("htxdongtam.vn" becomes "https://htxdongtam.vn"),
 * or null for anything that is not a plain http(s) address (javascript:, mail addresses, text).
 */
export function websiteHref(website: string): string | null {
  const text = website.trim();
  if (!text) return null;
  const candidate = WITH_SCHEME.test(text) ? text : BARE_DOMAIN.test(text) ? `https://${text}` : null;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

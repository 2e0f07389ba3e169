// Mirrors isSafeHref in src/modules/pages/link-url.dto.ts: the server still decides, this only
// shows the problem while typing.
const UNSAFE = /[\s"'<>\\`]/;

function hasControl(value: string): boolean {
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function isSafeHref(value: string, schemes: readonly string[]): boolean {
  if (UNSAFE.test(value) || hasControl(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** antd rule: a path on the site or an absolute address of the given schemes. */
export function hrefRule(schemes: readonly string[], message: string) {
  return {
    validator(_: unknown, value: string | undefined) {
      const text = value?.trim() ?? '';
      return !text || isSafeHref(text, schemes) ? Promise.resolve() : Promise.reject(new Error(message));
    },
  };
}

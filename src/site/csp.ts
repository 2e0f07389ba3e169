import { createHash } from 'node:crypto';

/** localStorage key of the reader's font-size choice; site.js uses the same literal. */
export const FONT_SIZE_STORAGE_KEY = 'hoptac:co-chu';

/**
 * Runs in <head> before the first paint: marks that JavaScript works (CSS then shows the
 * A−/A/A+ switch) and applies the remembered font size, so the page never jumps after loading.
 */
export const FONT_SIZE_BOOT_SCRIPT =
  `(function(r){r.classList.add('js');try{var s=localStorage.getItem('${FONT_SIZE_STORAGE_KEY}');` +
  `if(s==='sm'||s==='lg')r.classList.add('fs-'+s)}catch(e){}})(document.documentElement)`;

/** The CSP source (without quotes) that allows exactly this inline script. */
export function cspScriptHash(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** sha256 CSP sources of the inline scripts the public layout carries. */
export const INLINE_SCRIPT_HASHES: readonly string[] = Object.freeze([cspScriptHash(FONT_SIZE_BOOT_SCRIPT)]);

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Be Vietnam Pro, self-hosted from @fontsource (no third-party font service: privacy, CSP, and
// the site works on an intranet). Only the subsets Vietnamese text needs: "latin" (basic letters,
// digits, punctuation) and "vietnamese" (the precomposed letters with diacritics, ₫).

const PACKAGE = '@fontsource/be-vietnam-pro';
const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Be Vietnam Pro';
const SUBSETS = ['vietnamese', 'latin'] as const;
/** Body text 400 (and its italic for captions and source lines), headings 600 and 700. */
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
] as const;

export interface FontFile {
  /** File name as the package ships it, e.g. "be-vietnam-pro-latin-400-normal.woff2". */
  name: string;
  body: Buffer;
  subset: (typeof SUBSETS)[number];
  weight: number;
  style: 'normal' | 'italic';
  unicodeRange: string;
  /** Fetched before the stylesheet asks for it: the body text face. */
  preload: boolean;
}

/**
 * The unicode-range of each subset, read from the package's own CSS so that an upgrade of the
 * package cannot leave our ranges out of step with its files.
 */
function unicodeRanges(): Map<string, string> {
  const css = readFileSync(require.resolve(`${PACKAGE}/400.css`), 'utf8');
  const ranges = new Map<string, string>();
  const block = /\/\* be-vietnam-pro-([a-z-]+)-400-normal \*\/\s*@font-face\s*\{([^}]*)\}/g;
  for (const [, subset, body] of css.matchAll(block)) {
    const range = /unicode-range:\s*([^;]+);/.exec(body ?? '')?.[1];
    if (subset && range) ranges.set(subset, range.trim());
  }
  return ranges;
}

function loadFontFiles(): FontFile[] {
  const ranges = unicodeRanges();
  return SUBSETS.flatMap((subset) => {
    const unicodeRange = ranges.get(subset);
    if (!unicodeRange) throw new Error(`${PACKAGE}: no unicode-range for the ${subset} subset`);
    return FACES.map(({ weight, style }) => {
      const name = `be-vietnam-pro-${subset}-${weight}-${style}.woff2`;
      return {
        name,
        body: readFileSync(require.resolve(`${PACKAGE}/files/${name}`)),
        subset,
        weight,
        style,
        unicodeRange,
        preload: weight === 400 && style === 'normal',
      };
    });
  });
}

export const FONT_FILES: readonly FontFile[] = Object.freeze(loadFontFiles());

/** @font-face rules for the stylesheet; `urlOf` gives a file's hashed public URL. */
export function fontFaceCss(urlOf: (file: FontFile) => string): string {
  return FONT_FILES.map((f) =>
    [
      '@font-face {',
      `  font-family: "${FONT_FAMILY}";`,
      `  font-style: ${f.style};`,
      `  font-weight: ${f.weight};`,
      '  font-display: swap;',
      `  src: url("${urlOf(f)}") format("woff2");`,
      `  unicode-range: ${f.unicodeRange};`,
      '}',
    ].join('\n'),
  ).join('\n');
}

import { slugify } from '../../lib/vi/index.ts';

/** Slugs stay readable in a URL: long titles are cut at a word boundary. */
export const SLUG_MAX = 100;

/** A slug from free text; text with no letters or digits at all gets the fallback. */
export function slugFrom(text: string, fallback: string): string {
  return slugify(text, SLUG_MAX) || fallback;
}

/** `base` when free, else the first of "base-2", "base-3"… not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

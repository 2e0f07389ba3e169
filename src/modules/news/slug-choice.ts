import { slugify } from '../../lib/vi/index.ts';

/** Slugs stay readable in a URL: long titles are cut at a word boundary. Also the router's limit on a path parameter. */
export const SLUG_MAX = 100;
/** Room kept after a slug made from text for the "-2", "-3"… of a duplicate (up to "-999"). */
const SUFFIX_ROOM = 4;

/**
 * A slug from free text; text with no letters or digits at all gets the fallback. It is short
 * enough that firstFreeSlug can add a suffix without passing SLUG_MAX, so every "base-n" still
 * starts with the base (callers look up the taken ones with a prefix match on it).
 */
export function slugFrom(text: string, fallback: string): string {
  return slugify(text, SLUG_MAX - SUFFIX_ROOM) || fallback;
}

/**
 * `base` when free, else the first of "base-2", "base-3"… not in `taken`. The base is cut (at a
 * hyphen when possible) so that base and suffix together never pass SLUG_MAX: a longer slug
 * would be refused by the router (414) and by the slug field.
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const whole = fitted(base, 0);
  if (!used.has(whole)) return whole;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${fitted(base, suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The base cut to leave `room` characters under SLUG_MAX, without a trailing hyphen. */
function fitted(base: string, room: number): string {
  const max = SLUG_MAX - room;
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

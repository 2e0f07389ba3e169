import { normalizeTone } from './normalize.ts';

// ICU's Vietnamese tailoring: a ă â b c d đ e ê …, tones ngang, huyền, hỏi, ngã, sắc, nặng.
// numeric: "Tổ 2" before "Tổ 10".
const collator = new Intl.Collator('vi', { numeric: true });

type StringKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

function compareKeys(a: string, b: string, aKey: string, bKey: string): number {
  // Equal under one tone placement ("Hoà"/"Hòa"): the raw text breaks the tie, so the order is total.
  return collator.compare(aKey, bKey) || collator.compare(a, b);
}

/** Vietnamese alphabetical order, for `Array.prototype.sort`; "Hoà" and "Hòa" sort together. */
export function compareVi(a: string, b: string): number {
  return compareKeys(a, b, normalizeTone(a), normalizeTone(b));
}

/**
 * A sorted copy in Vietnamese order, by the items themselves or by a key (a property name or a
 * function). Keys are normalised once per item, not once per comparison.
 */
export function sortVi(items: readonly string[]): string[];
export function sortVi<T>(items: readonly T[], key: StringKey<T> | ((item: T) => string)): T[];
export function sortVi<T>(items: readonly T[], key?: StringKey<T> | ((item: T) => string)): T[] {
  const textOf = (item: T): string => {
    if (key === undefined) return item as string;
    return typeof key === 'function' ? key(item) : (item[key] as string);
  };
  return items
    .map((item) => {
      const text = textOf(item);
      return { item, text, sortKey: normalizeTone(text) };
    })
    .sort((a, b) => compareKeys(a.text, b.text, a.sortKey, b.sortKey))
    .map(({ item }) => item);
}

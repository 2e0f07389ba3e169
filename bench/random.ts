/** Deterministic random numbers for generated bench data: the same seed gives the same data. */
export type Rand = () => number;

/** mulberry32: small, fast, good enough for picking words. */
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

/** An integer in [min, max]. */
export const between = (r: Rand, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(r: Rand, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

import { type ContentChange, contentEvents } from '../content-events.ts';

/**
 * Small per-tenant results that every public render re-reads (the category tree, the newest
 * cards), kept in memory between renders. Any content change of the tenant drops them all:
 * changes are staff actions, rare beside page views, and a coarse rule cannot miss a dependency.
 *
 * Entries are kept per database handle (a transaction's reads stay with that transaction, and two
 * apps in one process never share), and stamped with the tenant's generation at the start of the
 * read: a read that raced with a change is used once but not kept, as in the page cache.
 */
export interface MemoResult<T> {
  value: T;
  /** The result depends on the time and changes at this instant (a scheduled article appears). */
  validUntil?: Date | null;
}

interface Entry {
  value: unknown;
  generation: number;
  storedAt: number;
  validUntil: number;
}

/** Dropped after this long even without a change (a notification lost between nodes). */
const MAX_AGE_MS = 5 * 60_000;

const generations = new Map<string, number>();
const stores = new WeakMap<object, Map<string, Entry>>();
const inflight = new WeakMap<object, Map<string, Promise<unknown>>>();

const generation = (tenantId: string) => generations.get(tenantId) ?? 0;

function bump(tenantId: string): void {
  generations.set(tenantId, generation(tenantId) + 1);
}

contentEvents.on('changed', (change: ContentChange) => bump(change.tenantId));

/** Forgets every memo (after a gap in cross-node notifications, as the page cache does). */
export function clearContentMemos(): void {
  for (const tenantId of [...generations.keys()]) bump(tenantId);
}

function storeOf<V>(map: WeakMap<object, Map<string, V>>, db: object): Map<string, V> {
  let store = map.get(db);
  if (!store) {
    store = new Map();
    map.set(db, store);
  }
  return store;
}

/**
 * The memo under (db, tenant, key) when it is from the tenant's current generation and still valid
 * at `now`; else `load` runs (once for concurrent callers) and its result is kept.
 */
export async function memoized<T>(
  db: object,
  tenantId: string,
  key: string,
  now: Date,
  load: () => Promise<MemoResult<T>>,
): Promise<T> {
  const at = now.getTime();
  const gen = generation(tenantId);
  const fullKey = `${tenantId}\n${key}`;
  const store = storeOf(stores, db);
  const entry = store.get(fullKey);
  if (
    entry &&
    entry.generation === gen &&
    at >= entry.storedAt &&
    at < entry.validUntil &&
    at - entry.storedAt < MAX_AGE_MS
  )
    return entry.value as T;
  const running = storeOf(inflight, db);
  const runKey = `${fullKey}\n${gen}`;
  const shared = running.get(runKey);
  if (shared) return (await shared) as T;
  const job = load().then((result) => {
    if (generation(tenantId) === gen)
      store.set(fullKey, {
        value: result.value,
        generation: gen,
        storedAt: at,
        validUntil: result.validUntil ? result.validUntil.getTime() : Number.POSITIVE_INFINITY,
      });
    return result.value;
  });
  running.set(runKey, job);
  try {
    return await job;
  } finally {
    running.delete(runKey);
  }
}

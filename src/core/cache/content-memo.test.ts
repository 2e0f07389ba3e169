import { describe, expect, it } from 'vitest';
import { contentEvents } from '../content-events.ts';
import { clearContentMemos, memoized } from './content-memo.ts';

const TENANT = '00000000-0000-4000-8000-0000000000c1';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));

/** A loader that counts its reads and returns the read's number. */
function counter(validUntil?: Date) {
  let reads = 0;
  const load = async () => ({ value: ++reads, ...(validUntil ? { validUntil } : {}) });
  return { load, reads: () => reads };
}

describe('memoized', () => {
  it('reads once, then serves the kept value until a change of the tenant', async () => {
    const db = {};
    const c = counter();
    expect(await memoized(db, TENANT, 'k', at(0), c.load)).toBe(1);
    expect(await memoized(db, TENANT, 'k', at(1), c.load)).toBe(1);
    contentEvents.emit('changed', { tenantId: OTHER, tags: ['articles'] });
    expect(await memoized(db, TENANT, 'k', at(2), c.load)).toBe(1);
    contentEvents.emit('changed', { tenantId: TENANT, tags: ['links'] });
    expect(await memoized(db, TENANT, 'k', at(3), c.load)).toBe(2);
    clearContentMemos();
    expect(await memoized(db, TENANT, 'k', at(3), c.load)).toBe(3);
  });

  it('keeps values apart per database handle and per key', async () => {
    const a = counter();
    const b = counter();
    expect(await memoized({}, TENANT, 'k', at(0), a.load)).toBe(1);
    expect(await memoized({}, TENANT, 'k', at(0), a.load)).toBe(2);
    const db = {};
    await memoized(db, TENANT, 'x', at(0), a.load);
    expect(await memoized(db, TENANT, 'y', at(0), b.load)).toBe(1);
  });

  it('reads again at validUntil, after five minutes, and when the clock goes back', async () => {
    const db = {};
    const c = counter(at(10));
    await memoized(db, TENANT, 'k', at(5), c.load);
    expect(await memoized(db, TENANT, 'k', at(9), c.load)).toBe(1);
    expect(await memoized(db, TENANT, 'k', at(10), c.load)).toBe(2);
    expect(await memoized(db, TENANT, 'k', at(4), c.load)).toBe(3);
    const d = counter();
    await memoized(db, TENANT, 'old', at(0), d.load);
    expect(await memoized(db, TENANT, 'old', at(5), d.load)).toBe(2);
  });

  it('does not keep a read that raced with a change, and shares one read between concurrent callers', async () => {
    const db = {};
    let reads = 0;
    const racing = async () => {
      reads++;
      contentEvents.emit('changed', { tenantId: TENANT, tags: ['articles'] });
      return { value: 'old' };
    };
    expect(await memoized(db, TENANT, 'race', at(0), racing)).toBe('old');
    const c = counter();
    expect(await memoized(db, TENANT, 'race', at(0), c.load)).toBe(1);
    expect(reads).toBe(1);

    const slow = counter();
    const [x, y] = await Promise.all([
      memoized(db, TENANT, 'shared', at(0), slow.load),
      memoized(db, TENANT, 'shared', at(0), slow.load),
    ]);
    expect([x, y, slow.reads()]).toEqual([1, 1, 1]);
  });
});

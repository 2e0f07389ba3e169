import { describe, expect, it } from 'vitest';
import * as vi from './index.ts';

describe('src/lib/vi', () => {
  it('exports the whole toolkit from one place', () => {
    const functions = Object.entries(vi)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'compareVi',
      'foldDiacritics',
      'foldForSearch',
      'formatDate',
      'formatDateTime',
      'formatLongDate',
      'formatMoney',
      'formatNumber',
      'formatPercent',
      'formatPlaceDate',
      'formatTime',
      'fromVietnamWallTime',
      'normalizeSpaces',
      'normalizeTone',
      'parseViDate',
      'parseViNumber',
      'readMoney',
      'readNumber',
      'slugify',
      'sortVi',
      'toNfc',
      'vietnamWallTime',
    ]);
    expect(vi.VIETNAM_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import type { Ctx } from '../../core/context.ts';
import { categories } from '../news/news.tables.ts';
import type { SearchEntryInput, SearchQuery } from './search.dto.ts';
import { addTenant, ctxFor, entry, sampleBody } from './search.fixture.ts';
import { RANKED_HEAD } from './search.repo.ts';
import { maintainSearchIndex, searchSite } from './search.service.ts';
import { searchEntries } from './search.tables.ts';
import { indexSearchEntry, removeSearchEntries, removeSearchEntry } from './search-index.service.ts';

let t: TestApp;
let ctx: Ctx;
let now: Date;

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marks = (segments: { text: string; hit: boolean }[]) =>
  segments.filter((s) => s.hit).map((s) => s.text);

async function add(...entries: SearchEntryInput[]): Promise<void> {
  for (const e of entries) await indexSearchEntry(ctx, e);
}

async function search(q: string, more: Partial<SearchQuery> = {}) {
  return searchSite(ctx, { q, ...more }, now);
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = ctxFor(t.database.db, t.tenant.id);
  now = t.clock.now();
  await add(
    entry({
      title: 'Tập trung triển khai 12 nhóm giải pháp phát triển kinh tế tập thể',
      summary: 'Hội nghị sơ kết giữa nhiệm kỳ của Liên minh Hợp tác xã tỉnh Hòa Bình.',
      body: sampleBody('hoa-binh-2023-so-ket'),
      url: '/tin-tuc/hoa-binh-so-ket',
    }),
    entry({
      title: 'Liên minh HTX tỉnh tổng kết năm 2023',
      body: sampleBody('kien-giang-2024-tong-ket'),
      url: '/tin-tuc/kien-giang-tong-ket',
    }),
    entry({
      kind: 'document',
      title: 'Báo cáo 6 tháng đầu năm 2019',
      body: sampleBody('thai-binh-2019-6-thang'),
      url: '/van-ban/thai-binh-6-thang',
      facet: 'Báo cáo',
    }),
    entry({ kind: 'page', title: 'Giới thiệu Liên minh Hợp tác xã tỉnh Đồng Tháp', url: '/gioi-thieu' }),
  );
});
afterAll(() => t.close());

describe('matching', () => {
  it('finds "hợp tác xã" when typed without diacritics', async () => {
    const r = await search('hop tac xa');
    expect(r.total).toBe(4);
    expect(r.items.every((i) => marks(i.title).length > 0 || marks(i.snippet).length > 0)).toBe(true);
    const page = r.items.find((i) => i.url === '/gioi-thieu');
    expect(marks(page?.title ?? [])).toEqual(['Hợp tác xã']);
  });

  it('treats "Hoà Bình" and "Hòa Bình" alike, both ways', async () => {
    await add(entry({ title: 'Thủy lợi Hoà Bình mùa khô', url: '/tin-tuc/thuy-loi' }));
    for (const q of ['Hoà Bình', 'Hòa Bình', 'hoa binh']) {
      const urls = (await search(q)).items.map((i) => i.url);
      expect(urls, q).toContain('/tin-tuc/thuy-loi');
      expect(urls, q).toContain('/tin-tuc/hoa-binh-so-ket');
    }
    const r = await search('Thuỷ lợi Hòa Bình');
    expect(marks(r.items[0]?.title ?? [])).toEqual(['Thủy lợi Hòa Bình']);
  });

  it('folds đ/Đ: "dong thap" finds "Đồng Tháp"', async () => {
    const r = await search('dong thap');
    // The samples match too ("hội đồng", "thấp"); the title match comes first.
    expect(r.items[0]?.url).toBe('/gioi-thieu');
    expect(marks(r.items[0]?.title ?? [])).toEqual(['Đồng Tháp']);
    expect((await search('"dong thap"')).items.map((i) => i.url)).toEqual(['/gioi-thieu']);
  });

  it('ranks the exact spelling first: "hợp" above entries that only have "họp"', async () => {
    // The "họp" entry is newer and has the word in its title, several times: it would win on folded rank.
    await add(
      entry({
        title: 'Họp mặt cán bộ hưu trí',
        summary: 'Buổi họp mặt, họp bàn và họp tổng kết.',
        body: 'Cuộc họp diễn ra vui vẻ; họp xong mọi người chụp ảnh.',
        url: '/tin-tuc/hop-mat',
        publishedAt: new Date('2025-06-01T02:00:00Z'),
      }),
      entry({
        title: 'Tin ngắn trong tuần',
        body: 'Trong tuần, tỉnh ký kết chương trình hợp đồng tiêu thụ.',
        url: '/tin-tuc/tin-ngan',
        publishedAt: new Date('2020-06-01T02:00:00Z'),
      }),
    );
    const exact = (await search('hợp')).items.map((i) => i.url);
    expect(exact.indexOf('/tin-tuc/tin-ngan')).toBeLessThan(exact.indexOf('/tin-tuc/hop-mat'));
    expect(exact.indexOf('/tin-tuc/hop-mat')).toBeGreaterThan(-1);
    // And the other way round.
    const meeting = (await search('họp mặt')).items.map((i) => i.url);
    expect(meeting[0]).toBe('/tin-tuc/hop-mat');
  });

  it('matches quoted phrases only where the words are adjacent', async () => {
    await add(
      entry({ title: 'Hợp tác xã nông nghiệp Tân Tiến', url: '/tin-tuc/phrase-yes' }),
      entry({ title: 'Nông nghiệp sạch và hợp tác xã kiểu mới', url: '/tin-tuc/phrase-no' }),
    );
    const quoted = (await search('"hợp tác xã nông nghiệp" Tân Tiến')).items.map((i) => i.url);
    expect(quoted).toEqual(['/tin-tuc/phrase-yes']);
    const loose = (await search('hợp tác xã nông nghiệp sạch')).items.map((i) => i.url);
    expect(loose).toContain('/tin-tuc/phrase-no');
    expect(loose).not.toContain('/tin-tuc/phrase-yes');
    const r = await search('"hop tac xa nong nghiep" tan tien');
    expect(marks(r.items[0]?.title ?? [])).toEqual(['Hợp tác xã nông nghiệp Tân Tiến']);
  });

  it('excludes -words and -"phrases"', async () => {
    const all = (await search('hợp tác xã')).items.map((i) => i.url);
    expect(all).toContain('/tin-tuc/phrase-no');
    const without = (await search('hợp tác xã -"kiểu mới" -thap')).items.map((i) => i.url);
    expect(without).not.toContain('/tin-tuc/phrase-no');
    expect(without).not.toContain('/gioi-thieu');
    expect(without).toContain('/tin-tuc/phrase-yes');
  });

  it('leaves out kinds this version does not know yet', async () => {
    await t.database.db.insert(searchEntries).values({
      tenantId: t.tenant.id,
      kind: 'product',
      refId: randomUUID(),
      url: '/san-pham/tuong-lai',
      title: 'Sản phẩm Tương Lai',
      publishedAt: new Date('2024-01-01T00:00:00Z'),
    });
    const urls = (await search('tuong lai')).items.map((i) => i.url);
    expect(urls).not.toContain('/san-pham/tuong-lai');
  });

  it('labels kinds in Vietnamese and dates results', async () => {
    const r = await search('báo cáo 6 tháng');
    expect(r.items[0]).toMatchObject({
      kind: 'document',
      kindLabel: 'Văn bản',
      url: '/van-ban/thai-binh-6-thang',
    });
    expect(r.items[0]?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('shows an excerpt of the body around the match, with the words marked', async () => {
    const r = await search('bầu bổ sung Phó Chủ tịch');
    const hit = r.items.find((i) => i.url === '/tin-tuc/kien-giang-tong-ket');
    expect(hit).toBeDefined();
    const snippet = text(hit?.snippet ?? []);
    expect(snippet.length).toBeLessThanOrEqual(205);
    expect(
      marks(hit?.snippet ?? [])
        .join(' ')
        .toLowerCase(),
    ).toContain('phó chủ tịch');
  });

  it('forgets removed entries and hides scheduled ones', async () => {
    const gone = entry({ title: 'Thanh long ruột đỏ xuất khẩu', url: '/tin-tuc/se-xoa' });
    const later = entry({
      title: 'Thanh long ruột đỏ vào siêu thị',
      url: '/tin-tuc/hen-gio',
      publishedAt: new Date(now.getTime() + 3_600_000),
    });
    await add(gone, later);
    expect((await search('thanh long')).items.map((i) => i.url)).toEqual(['/tin-tuc/se-xoa']);
    await removeSearchEntry(ctx, 'article', gone.refId);
    expect((await search('thanh long')).total).toBe(0);
    const inTwoHours = await searchSite(ctx, { q: 'thanh long' }, new Date(now.getTime() + 7_200_000));
    expect(inTwoHours.items.map((i) => i.url)).toEqual(['/tin-tuc/hen-gio']);
  });

  it('removes many entries at once', async () => {
    const batch = [1, 2, 3].map((i) => entry({ title: `Na dai Chi Lăng lô ${i}`, url: `/tin-tuc/na-${i}` }));
    await add(...batch);
    expect((await search('na dai chi lang')).total).toBe(3);
    await removeSearchEntries(ctx, 'article', [batch[0]?.refId ?? '', batch[2]?.refId ?? '']);
    expect((await search('na dai chi lang')).items.map((i) => i.url)).toEqual(['/tin-tuc/na-2']);
    await removeSearchEntries(ctx, 'article', []);
  });
});

describe('filters and pages', () => {
  it('filters by kind', async () => {
    const r = await search('hợp tác xã', { kinds: ['document', 'page'] });
    expect(new Set(r.items.map((i) => i.kind))).toEqual(new Set(['document', 'page']));
  });

  it('filters by category, sub-categories included', async () => {
    const parentId = randomUUID();
    const childId = randomUUID();
    await t.database.db.insert(categories).values([
      { tenantId: t.tenant.id, id: parentId, name: 'Tin từ các đơn vị', slug: 'tin-tu-cac-don-vi' },
      { tenantId: t.tenant.id, id: childId, parentId, name: 'Huyện', slug: 'huyen' },
    ]);
    await add(
      entry({ title: 'Măng cụt Lái Thiêu', categoryId: parentId, url: '/tin-tuc/mang-cut-1' }),
      entry({ title: 'Măng cụt xuất khẩu', categoryId: childId, url: '/tin-tuc/mang-cut-2' }),
      entry({ title: 'Măng cụt giá tốt', categoryId: null, url: '/tin-tuc/mang-cut-3' }),
    );
    const parent = await search('mang cut', { categoryId: parentId });
    expect(parent.items.map((i) => i.url).sort()).toEqual(['/tin-tuc/mang-cut-1', '/tin-tuc/mang-cut-2']);
    const child = await search('mang cut', { categoryId: childId });
    expect(child.items.map((i) => i.url)).toEqual(['/tin-tuc/mang-cut-2']);
  });

  it('filters by Viet Nam days, both ends included', async () => {
    await add(
      entry({
        title: 'Sầu riêng vụ sớm',
        url: '/tin-tuc/sr-truoc',
        publishedAt: new Date('2024-01-18T16:59:00Z'),
      }),
      entry({
        title: 'Sầu riêng đầu vụ',
        url: '/tin-tuc/sr-dau',
        publishedAt: new Date('2024-01-18T17:00:00Z'),
      }),
      entry({
        title: 'Sầu riêng cuối ngày',
        url: '/tin-tuc/sr-cuoi',
        publishedAt: new Date('2024-01-19T16:59:00Z'),
      }),
      entry({
        title: 'Sầu riêng hôm sau',
        url: '/tin-tuc/sr-sau',
        publishedAt: new Date('2024-01-19T17:00:00Z'),
      }),
    );
    const day = new Date('2024-01-18T17:00:00Z'); // 19/01/2024 00:00 in Viet Nam
    const r = await search('sau rieng', { fromDay: day, toDay: day });
    expect(r.items.map((i) => i.url).sort()).toEqual(['/tin-tuc/sr-cuoi', '/tin-tuc/sr-dau']);
    const reversed = await search('sau rieng', { fromDay: new Date('2024-01-19T17:00:00Z'), toDay: day });
    expect(reversed.total).toBe(3);
  });

  it('pages through results without repeating or losing any, past the ranked head too', async () => {
    const many = Array.from({ length: RANKED_HEAD + 25 }, (_, i) =>
      entry({ title: `Xoài cát Hòa Lộc lô ${i}`, url: `/tin-tuc/xoai-${i}` }),
    );
    await add(...many);
    const seen: string[] = [];
    let pageCount = 0;
    for (let page = 1; page <= 5; page++) {
      const r = await search('xoai cat', { page, pageSize: 30 });
      expect(r.total).toBe(many.length);
      pageCount = r.pageCount;
      seen.push(...r.items.map((i) => i.url));
    }
    expect(pageCount).toBe(5);
    expect(seen).toHaveLength(many.length);
    expect(new Set(seen).size).toBe(many.length);
    const past = await search('xoai cat', { page: 9, pageSize: 30 });
    expect(past).toMatchObject({ items: [], total: many.length, pageCount: 5 });
  });

  it('says "at least" when a phrase matches more entries than are checked', async () => {
    const r = await search('"xoai cat hoa loc"', { pageSize: 50 });
    expect(r.totalExact).toBe(false);
    expect(r.total).toBe(RANKED_HEAD);
    const small = await search('"mang cut xuat khau"');
    expect(small).toMatchObject({ total: 1, totalExact: true });
  });
});

describe('tenants', () => {
  it('never shows another alliance’s entries or words', async () => {
    const otherId = await addTenant(t.database.db, 'lm-khac');
    const other = ctxFor(t.database.db, otherId);
    await indexSearchEntry(
      other,
      entry({ title: 'Hợp tác xã Mường Tè trồng sâm', url: '/tin-tuc/muong-te' }),
    );
    const mine = await search('hợp tác xã');
    expect(mine.items.map((i) => i.url)).not.toContain('/tin-tuc/muong-te');
    const none = await search('muong te sam');
    expect(none).toMatchObject({ total: 0, suggestion: null });
    // Their title words never feed our "did you mean".
    expect((await search('muongg')).suggestion ?? '').not.toContain('mường');
    expect((await searchSite(other, { q: 'muongg' }, now)).suggestion).toBe('mường');
    const theirs = await searchSite(other, { q: 'hop tac xa' }, now);
    expect(theirs.items.map((i) => i.url)).toEqual(['/tin-tuc/muong-te']);
  });
});

describe('maintenance', () => {
  it('vacuums and analyzes the search table on either database', async () => {
    await maintainSearchIndex(t.database.db);
    expect((await search('hop tac xa')).total).toBeGreaterThan(0);
  });
});

describe('did you mean', () => {
  it('suggests title words with diacritics when nothing matches', async () => {
    const r = await search('hop tac xa nong ngiep');
    expect(r).toMatchObject({ total: 0, suggestion: 'hợp tác xã nông nghiệp' });
    // The suggestion finds something.
    expect((await search(r.suggestion ?? '')).total).toBeGreaterThan(0);
  });

  it('offers nothing when no close spelling finds anything', async () => {
    expect((await search('qwxzkj')).suggestion).toBeNull();
  });

  it('learns new titles at once', async () => {
    expect((await search('chom chom')).suggestion).toBeNull();
    await add(entry({ title: 'Chôm chôm Java trĩu quả', url: '/tin-tuc/chom-chom' }));
    const r = await search('chom chomm');
    expect(r.suggestion).toBe('chôm chôm');
  });
});

describe('hostile and odd queries', () => {
  const hostile = [
    '!!!',
    'a:*',
    '(((',
    "'",
    '\\',
    '\\\\',
    '"',
    '"""',
    '&',
    '|',
    '<->',
    'hợp & tác | !xã',
    'hợp:* & tác:A',
    '"hợp tác',
    '-',
    '- -',
    '-hợp',
    "'; drop table search_entries; --",
    'hợp\u0000tác',
    '😀😀 hợp tác 😀',
    '🇻🇳',
    'của và là',
    'or',
    'hợp or or tác',
    '%_%',
    '\u202e\u200bhợp',
    'hợp tác xã '.repeat(1000),
    'x'.repeat(10_000),
    'hợp'.normalize('NFD'),
  ];

  it.each(hostile.map((q) => [q.slice(0, 30), q]))('answers %j without an error', async (_label, q) => {
    const r = await search(q);
    expect(r.total).toBeGreaterThanOrEqual(0);
    expect(r.page).toBe(1);
  });

  it('answers an empty or one-letter query without looking anything up', async () => {
    for (const q of ['', ' ', 'a', 'đ', '-"hợp tác"']) {
      expect(await search(q)).toMatchObject({ tooShort: true, total: 0, items: [], suggestion: null });
    }
  });

  it('still finds the decomposed spelling', async () => {
    expect((await search('Hòa Bình'.normalize('NFD'))).total).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { articlePayload, BROWSER, type EditorRoom, publishedArticle, setUpEditor } from './news-test-kit.ts';
import { firstFreeSlug, SLUG_MAX, slugFrom } from './slug-choice.ts';

// 150 characters of words: slugify cuts it at a word boundary.
const LONG_TITLE =
  'Liên minh hợp tác xã tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ phát triển kinh tế tập thể giai đoạn mới cho các hợp tác xã nông nghiệp';

describe('slug choice', () => {
  it('keeps room for a suffix in a slug made from a long title', () => {
    const base = slugFrom(LONG_TITLE, 'bai-viet');
    expect(base.length).toBeLessThanOrEqual(SLUG_MAX - 4);
    expect(base).toMatch(/^lien-minh-hop-tac-xa-tinh/);
    expect(base.endsWith('-')).toBe(false);
  });

  it('never passes the limit with a suffix, even for a base at the limit', () => {
    const atLimit = `${'a'.repeat(60)}-${'b'.repeat(39)}`;
    expect(atLimit).toHaveLength(SLUG_MAX);
    expect(firstFreeSlug(atLimit, [])).toBe(atLimit);
    const second = firstFreeSlug(atLimit, [atLimit]);
    expect(second).toBe(`${'a'.repeat(60)}-2`);
    const noHyphen = 'c'.repeat(SLUG_MAX);
    const next = firstFreeSlug(noHyphen, [noHyphen, `${'c'.repeat(98)}-2`]);
    expect(next).toBe(`${'c'.repeat(98)}-3`);
  });

  it('numbers duplicates of a text slug up to -999 without cutting the base', () => {
    const base = slugFrom(`${'x'.repeat(95)} ${'y'.repeat(20)}`, 'bai-viet');
    const taken = [base, ...Array.from({ length: 997 }, (_, i) => `${base}-${i + 2}`)];
    const last = firstFreeSlug(base, taken);
    expect(last).toBe(`${base}-999`);
    expect(last.length).toBeLessThanOrEqual(SLUG_MAX);
  });
});

describe('articles with the same long title', () => {
  let t: TestApp;
  let room: EditorRoom;
  beforeAll(async () => {
    t = await createTestApp();
    room = await setUpEditor(t);
  });
  afterAll(() => t.close());

  it('get distinct slugs within the limit, and both pages open', async () => {
    const first = await publishedArticle(room, { title: LONG_TITLE });
    const second = await publishedArticle(room, { title: LONG_TITLE });
    expect(second.slug).toBe(`${first.slug}-2`);
    for (const a of [first, second]) {
      expect(a.slug.length).toBeLessThanOrEqual(SLUG_MAX);
      const page = await t.app.inject({ method: 'GET', url: `/tin-tuc/${a.slug}`, headers: BROWSER });
      expect(page.statusCode, a.slug).toBe(200);
      expect(page.body).toContain('Liên minh hợp tác xã tỉnh tổ chức hội nghị');
    }
    // The editor can save the chosen slug back unchanged (the slug field's own limit).
    const saved = await room.editor.inject({
      method: 'PUT',
      url: `/api/v1/news/articles/${second.id}`,
      payload: articlePayload(room.categoryId, {
        title: LONG_TITLE,
        slug: second.slug,
        version: second.version,
      }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
});

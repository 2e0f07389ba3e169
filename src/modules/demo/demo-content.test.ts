import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeRichText } from '../../core/html/sanitize.ts';
import { DocumentInput } from '../documents/documents.dto.ts';
import { ArticleInput } from '../news/article.dto.ts';
import { SiteSettings } from '../tenants/tenants.dto.ts';
import type { DemoArticle, DemoDocument } from './demo.types.ts';
import {
  DEMO_ARTICLES,
  DEMO_CATEGORIES,
  DEMO_DOCUMENTS,
  DEMO_IMAGE_KEYS,
  DEMO_LINKS,
  DEMO_PAGES,
  DEMO_SITE_SETTINGS,
  demoArticleDate,
  demoImageKeysIn,
  demoImageKeysUsed,
  materializeDemoArticles,
  replaceDemoImages,
  resolveYearTokens,
} from './demo-content.ts';
import { demoImageSvg, renderDemoImage } from './demo-images.ts';

const articles: readonly DemoArticle[] = DEMO_ARTICLES;
const documents: readonly DemoDocument[] = DEMO_DOCUMENTS;
const imageKeys = new Set<string>(DEMO_IMAGE_KEYS.map((i) => i.key));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every string anywhere inside a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

// Two dates on either side of mid-year, so both forms of the period tokens are checked.
const MARCH = new Date('2026-03-10T03:00:00Z');
const SEPTEMBER = new Date('2026-09-20T03:00:00Z');

describe('demo content: shape and counts', () => {
  it('has enough articles, categories and documents, with the newsroom states the demo needs', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((a) => a.categorySlug)).size).toBeGreaterThanOrEqual(5);
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(6);
    expect(documents.length).toBeGreaterThanOrEqual(10);
    expect(DEMO_PAGES.length).toBeGreaterThanOrEqual(4);
    expect(DEMO_LINKS.length).toBeGreaterThanOrEqual(8);
    expect(articles.filter((a) => a.featured)).toHaveLength(5);
    expect(articles.filter((a) => a.status === 'published' && a.daysAgo < 0)).toHaveLength(2);
    expect(articles.filter((a) => a.status !== 'published')).toHaveLength(3);
    expect(articles.filter((a) => a.coverImageKey).length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((a) => demoImageKeysIn(a.bodyHtml).length > 0).length).toBeGreaterThanOrEqual(12);
    expect(articles.filter((a) => a.bodyHtml.includes('<table>')).length).toBeGreaterThanOrEqual(5);
    expect(articles.filter((a) => a.sourceUrl).length).toBeGreaterThanOrEqual(3);
    // Publication spread over about six months.
    expect(Math.max(...articles.map((a) => a.daysAgo))).toBeGreaterThanOrEqual(150);
    expect(Math.max(...articles.map((a) => a.daysAgo))).toBeLessThanOrEqual(190);
    // Published articles dated in the past are at least a day old: never accidentally scheduled.
    for (const a of articles)
      if (a.status === 'published' && a.daysAgo >= 0) expect(a.daysAgo).toBeGreaterThan(0);
  });

  it('uses unique, ASCII kebab-case slugs and unique document numbers', () => {
    for (const list of [articles, DEMO_CATEGORIES, DEMO_PAGES]) {
      const slugs = list.map((x) => x.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const s of slugs) expect(s, s).toMatch(SLUG);
    }
    const numbers = documents.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('refers only to existing categories, parents, pictures and replacing documents', () => {
    const categorySlugs = new Set<string>(DEMO_CATEGORIES.map((c) => c.slug));
    for (const c of DEMO_CATEGORIES) if (c.parentSlug) expect(categorySlugs.has(c.parentSlug)).toBe(true);
    for (const a of articles) {
      expect(categorySlugs.has(a.categorySlug), a.slug).toBe(true);
      if (a.coverImageKey) expect(imageKeys.has(a.coverImageKey), a.slug).toBe(true);
      for (const k of demoImageKeysIn(a.bodyHtml)) expect(imageKeys.has(k), `${a.slug}: ${k}`).toBe(true);
      // Every inline picture uses the placeholder form the loader replaces.
      expect((a.bodyHtml.match(/<img /g) ?? []).length).toBe(
        [...a.bodyHtml.matchAll(/<img src="\/demo-image\//g)].length,
      );
    }
    for (const key of demoImageKeysUsed()) expect(imageKeys.has(key)).toBe(true);
    const byNumber = new Map(documents.map((d) => [d.number, d]));
    for (const d of documents) {
      if (d.status === 'bi_thay_the') {
        expect(d.replacedByNumber, d.number).toBeTruthy();
        expect(byNumber.get(d.replacedByNumber ?? '')?.status, d.number).toBe('con_hieu_luc');
      } else {
        expect(d.replacedByNumber, d.number).toBeUndefined();
      }
    }
  });

  it('keeps every article within the editorial limits', () => {
    for (const a of articles) {
      for (const at of [MARCH, SEPTEMBER]) {
        const title = resolveYearTokens(a.title, at);
        expect(title.length, title).toBeLessThanOrEqual(120);
        expect(title).not.toMatch(/\{\{|\}\}/);
        expect(resolveYearTokens(a.bodyHtml, at)).not.toMatch(/\{\{|\}\}/);
      }
      expect(a.tags.length, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.tags.length, a.slug).toBeLessThanOrEqual(4);
      expect(a.summary.length).toBeGreaterThan(20);
      expect(a.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      if (a.sourceUrl) expect(a.sourceUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.example\.vn\//);
      if (a.status !== 'published') continue;
      const paragraphs = (a.bodyHtml.match(/<p>/g) ?? []).length;
      expect(paragraphs, a.slug).toBeGreaterThanOrEqual(3);
      expect(paragraphs, a.slug).toBeLessThanOrEqual(8);
      expect(a.bodyHtml, a.slug).toMatch(/<h2>/);
      expect(a.bodyHtml, a.slug).toMatch(/<[uo]l>/);
      expect(a.bodyHtml, a.slug).toMatch(/<strong>/);
    }
  });

  it('is accepted by the services’ own input schemas', () => {
    for (const a of articles) {
      const r = ArticleInput.safeParse({
        title: resolveYearTokens(a.title, MARCH),
        slug: a.slug,
        summary: a.summary,
        bodyHtml: a.bodyHtml,
        authorLine: a.authorLine,
        sourceName: a.sourceName ?? '',
        sourceUrl: a.sourceUrl ?? '',
        categoryId: randomUUID(),
        tags: [...a.tags],
        featured: a.featured,
      });
      expect(r.success, `${a.slug}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    for (const d of documents) {
      const r = DocumentInput.safeParse({
        ...d,
        replacedByNumber: undefined,
        replacedById: d.replacedByNumber ? randomUUID() : null,
      });
      expect(r.success, `${d.number}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    expect(SiteSettings.safeParse(DEMO_SITE_SETTINGS).success).toBe(true);
    for (const l of DEMO_LINKS) expect(l.url).toMatch(/^https:\/\//);
  });
});

describe('demo content: text quality', () => {
  it('writes all text in Unicode NFC', () => {
    const all = strings([
      DEMO_ARTICLES,
      DEMO_CATEGORIES,
      DEMO_DOCUMENTS,
      DEMO_PAGES,
      DEMO_SITE_SETTINGS,
      DEMO_LINKS,
      DEMO_IMAGE_KEYS,
    ]);
    expect(all.length).toBeGreaterThan(500);
    for (const s of all) expect(s === s.normalize('NFC'), s.slice(0, 80)).toBe(true);
  });

  it('stores bodies exactly as the sanitizer would (pictures included)', () => {
    for (const a of articles) expect(sanitizeRichText(a.bodyHtml), a.slug).toBe(a.bodyHtml);
    for (const pg of DEMO_PAGES) expect(sanitizeRichText(pg.bodyHtml), pg.slug).toBe(pg.bodyHtml);
  });

  const samplesDir = new URL('../../../../shared/samples/articles/', import.meta.url);

  it('copies no sentence of 8 words or more from the sample articles', () => {
    const norm = (s: string) =>
      s
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const samples = readdirSync(samplesDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => norm(readFileSync(new URL(f, samplesDir), 'utf8')))
      .join(' | ');
    expect(samples.length).toBeGreaterThan(1000);
    const texts = [
      ...articles.flatMap((a) => [a.title, a.summary, htmlToText(a.bodyHtml)]),
      ...DEMO_PAGES.map((pg) => htmlToText(pg.bodyHtml)),
      ...documents.map((d) => d.summary),
    ];
    let checked = 0;
    for (const text of texts) {
      for (const sentence of text.split(/[.!?;:…\n]+/)) {
        const words = norm(sentence);
        if (words.split(' ').length < 8) continue;
        checked += 1;
        expect(samples.includes(words), sentence).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('demo content: dates and placeholders', () => {
  it('dates articles in Vietnam time, days before now, scheduled ones in the future', () => {
    const now = new Date('2026-05-20T02:00:00Z'); // 09:00 in Vietnam
    expect(demoArticleDate({ daysAgo: 1, time: '08:30' }, now).toISOString()).toBe(
      '2026-05-19T01:30:00.000Z',
    );
    // Just after midnight in Vietnam it is already the next day there.
    const lateUtc = new Date('2026-05-20T17:30:00Z'); // 00:30 on 21/05 in Vietnam
    expect(demoArticleDate({ daysAgo: 0, time: '23:00' }, lateUtc).toISOString()).toBe(
      '2026-05-21T16:00:00.000Z',
    );
    expect(demoArticleDate({ daysAgo: -3, time: '07:30' }, now).toISOString()).toBe(
      '2026-05-23T00:30:00.000Z',
    );

    const done = materializeDemoArticles(now);
    expect(done).toHaveLength(articles.length);
    expect(done.filter((a) => a.scheduled)).toHaveLength(2);
    for (const a of done) {
      if (a.status !== 'published') expect(a.publishedAt).toBeNull();
      else if (!a.scheduled) expect(a.publishedAt?.getTime()).toBeLessThan(now.getTime());
      else expect(a.publishedAt?.getTime()).toBeGreaterThan(now.getTime());
      expect(a.writtenAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(`${a.title}${a.summary}${a.bodyHtml}`).not.toMatch(/\{\{/);
    }
    const times = done.map((a) => a.writtenAt.getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });

  it('resolves the year and reporting-period tokens against the date', () => {
    const t =
      'Hội nghị {{so_tong_ket}} công tác {{ky}}, triển khai nhiệm vụ {{ky_toi}} ({{nam}}, {{nam_truoc}})';
    expect(resolveYearTokens(t, MARCH)).toBe(
      'Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 (2026, 2025)',
    );
    expect(resolveYearTokens(t, SEPTEMBER)).toBe(
      'Hội nghị sơ kết công tác 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm 2026 (2026, 2025)',
    );
    expect(resolveYearTokens('{{khong_co}}', MARCH)).toBe('{{khong_co}}');
  });

  it('replaces inline picture placeholders with what the loader renders', () => {
    const a = articles.find((x) => demoImageKeysIn(x.bodyHtml).length > 0) as DemoArticle;
    const [key] = demoImageKeysIn(a.bodyHtml);
    const out = replaceDemoImages(
      a.bodyHtml,
      (k, alt) => `<img src="/media/${k}.jpg" alt="${alt}" data-media-id="x" />`,
    );
    expect(out).not.toContain('/demo-image/');
    expect(out).toContain(`<img src="/media/${key}.jpg" alt="`);
    expect(sanitizeRichText(out)).toBe(out);
  });
});

describe('renderDemoImage', () => {
  it('returns a decodable JPEG of the requested size', async () => {
    for (const [w, h] of [
      [1200, 675],
      [400, 300],
    ] as const) {
      const jpeg = await renderDemoImage('ruong-bac-thang', w, h);
      const meta = await sharp(jpeg).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([w, h]);
    }
  });

  it('draws a different, deterministic, text-free picture per key', async () => {
    const stats = async (key: string) => {
      const raw = await sharp(await renderDemoImage(key, 160, 90))
        .raw()
        .toBuffer();
      return raw;
    };
    const [a, b, a2] = await Promise.all([
      stats('ruong-bac-thang'),
      stats('hoi-truong'),
      stats('ruong-bac-thang'),
    ]);
    expect(a.equals(a2)).toBe(true);
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff += Math.abs((a[i] as number) - (b[i] as number));
    expect(diff / a.length).toBeGreaterThan(20);
    for (const { key } of DEMO_IMAGE_KEYS) expect(demoImageSvg(key)).not.toMatch(/<text|<image|href=/);
  });

  it('renders every catalogued key, and falls back to a landscape for unknown ones', async () => {
    for (const { key } of DEMO_IMAGE_KEYS) {
      const meta = await sharp(await renderDemoImage(key, 120, 68)).metadata();
      expect(meta.width, key).toBe(120);
    }
    const meta = await sharp(await renderDemoImage('khong-co-trong-danh-muc', 64, 64)).metadata();
    expect(meta.height).toBe(64);
    await expect(renderDemoImage('ruong-bac-thang', 0, 10)).rejects.toThrow(RangeError);
  });
});

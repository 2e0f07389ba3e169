import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import type { Ctx } from '../../core/context.ts';
import { silentLog } from '../../core/silent-log.ts';
import { listHomeCategories, listPublishedArticles } from './article-cards.service.ts';
import { type Newsroom, publishedArticle, setUpNewsroom } from './news-test-kit.ts';

let t: TestApp;
let room: Newsroom;
let ctx: Ctx;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpNewsroom(t);
  ctx = { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog };
});
afterAll(() => t.close());

const create = (payload: Record<string, unknown>) =>
  room.editor.inject({ method: 'POST', url: '/api/v1/news/categories', payload });

describe('categories', () => {
  it('derives unique slugs from Vietnamese names and refuses a taken explicit slug', async () => {
    const a = await create({ name: 'Hoạt động Liên minh' });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      slug: 'hoat-dong-lien-minh',
      url: '/chuyen-muc/hoat-dong-lien-minh',
      parentId: null,
    });
    expect((await create({ name: 'Hoạt động  liên minh' })).json().slug).toBe('hoat-dong-lien-minh-2');
    const taken = await create({ name: 'Khác', slug: 'hoat-dong-lien-minh' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fieldErrors.slug).toBe('Đường dẫn đã được dùng');
  });

  it('lets every newsroom role read but only editors write', async () => {
    expect((await room.officer.inject({ method: 'GET', url: '/api/v1/news/categories' })).statusCode).toBe(
      200,
    );
    const res = await room.contributor.inject({
      method: 'POST',
      url: '/api/v1/news/categories',
      payload: { name: 'Không được tạo' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps the tree acyclic, reorders siblings and deletes only empty categories', async () => {
    const parent = (await create({ name: 'Kinh tế tập thể' })).json();
    const child = (await create({ name: 'Mô hình hay', parentId: parent.id })).json();
    const second = (await create({ name: 'Gương điển hình', parentId: parent.id })).json();
    const cycle = await room.editor.inject({
      method: 'PATCH',
      url: `/api/v1/news/categories/${parent.id}`,
      payload: { parentId: child.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().fieldErrors.parentId).toContain('chuyên mục con');

    const reorder = await room.editor.inject({
      method: 'PUT',
      url: '/api/v1/news/categories/order',
      payload: { parentId: parent.id, ids: [second.id, child.id] },
    });
    expect(reorder.statusCode, reorder.body).toBe(200);
    const kids = reorder.json().items.filter((c: { parentId: string }) => c.parentId === parent.id);
    expect(kids.map((c: { name: string }) => c.name)).toEqual(['Gương điển hình', 'Mô hình hay']);
    const partial = await room.editor.inject({
      method: 'PUT',
      url: '/api/v1/news/categories/order',
      payload: { parentId: parent.id, ids: [second.id] },
    });
    expect(partial.statusCode).toBe(400);

    await publishedArticle(room, { title: 'Bài trong mô hình hay' }, child.id);
    const withArticles = await room.editor.inject({
      method: 'DELETE',
      url: `/api/v1/news/categories/${child.id}`,
    });
    expect(withArticles.statusCode).toBe(409);
    expect(withArticles.json().message).toContain('1 bài viết');
    const withChildren = await room.editor.inject({
      method: 'DELETE',
      url: `/api/v1/news/categories/${parent.id}`,
    });
    expect(withChildren.statusCode).toBe(409);
    const empty = await room.editor.inject({ method: 'DELETE', url: `/api/v1/news/categories/${second.id}` });
    expect(empty.statusCode).toBe(204);

    const renamed = await room.editor.inject({
      method: 'PATCH',
      url: `/api/v1/news/categories/${child.id}`,
      payload: { name: 'Mô hình kinh tế hay', showOnHome: false },
    });
    expect(renamed.json()).toMatchObject({
      name: 'Mô hình kinh tế hay',
      slug: 'mo-hinh-hay',
      articleCount: 1,
    });

    const audit = await room.admin.inject({
      method: 'GET',
      url: `/api/v1/audit?entity=category&pageSize=100`,
    });
    const actions = (audit.json().items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['category.create', 'category.reorder', 'category.delete', 'category.update']),
    );
  });

  it('feeds the home page: top-level categories and published cards in one call each', async () => {
    const home = await listHomeCategories(ctx);
    expect(home.map((c) => c.name)).toEqual(expect.arrayContaining(['Điểm tin', 'Kinh tế tập thể']));
    expect(home.every((c) => c.url === `/chuyen-muc/${c.slug}`)).toBe(true);
    const parent = home.find((c) => c.name === 'Kinh tế tập thể');
    // The article sits in a subcategory: the parent's block includes it.
    const cards = await listPublishedArticles(ctx, {
      categoryId: parent?.id as string,
      limit: 5,
      now: t.clock.now(),
    });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      title: 'Bài trong mô hình hay',
      categoryName: 'Mô hình kinh tế hay',
      categorySlug: 'mo-hinh-hay',
      cover: null,
    });
    expect(cards[0]?.publishedAt).toBeInstanceOf(Date);
    await publishedArticle(room, { title: 'Tin nổi bật', featured: true });
    const featured = await listPublishedArticles(ctx, { featured: true, limit: 3, now: t.clock.now() });
    expect(featured.map((c) => c.title)).toEqual(['Tin nổi bật']);
  });
});

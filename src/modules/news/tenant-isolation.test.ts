import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { insertTenant } from '../tenants/tenants.repo.ts';
import { reloadTenantDirectory } from '../tenants/tenants.service.ts';
import type { ArticleDto } from './article.dto.ts';
import {
  act,
  articlePayload,
  BROWSER,
  type EditorRoom,
  publishedArticle,
  setUpEditor,
} from './news-test-kit.ts';

let t: TestApp;
let room: EditorRoom;
let other: StaffClient;
let article: ArticleDto;
const OTHER_HOST = 'lmhtx.sonla.vn';

beforeAll(async () => {
  t = await createTestApp();
  room = await setUpEditor(t);
  article = await publishedArticle(room, { title: 'Tin riêng của tỉnh thứ nhất' });
  const sonLa = await insertTenant(t.database.db, {
    code: 'son-la',
    name: 'Liên minh Hợp tác xã tỉnh Sơn La',
    provinceCode: '14',
    hosts: [OTHER_HOST],
    settings: {
      siteTitle: 'Liên minh HTX Sơn La',
      logoUrl: null,
      address: '',
      phone: '',
      email: '',
      contacts: [],
    },
  });
  await reloadTenantDirectory(t.database.db, t.tenants);
  const editor = await t.addUser('bien_tap', { tenantId: sonLa.id });
  other = await t.signIn(editor.email);
});
afterAll(() => t.close());

describe('tenant isolation', () => {
  it("keeps another alliance's editor away from the first alliance's articles and categories", async () => {
    const url = `/api/v1/news/articles/${article.id}`;
    expect((await other.inject({ method: 'GET', url })).statusCode).toBe(404);
    const put = await other.inject({ method: 'PUT', url, payload: { ...article, title: 'Sửa trộm' } });
    expect(put.statusCode).toBe(404);
    expect((await act(other, article.id, 'unpublish')).statusCode).toBe(404);
    expect((await other.inject({ method: 'GET', url: `${url}/revisions` })).statusCode).toBe(404);
    const list = await other.inject({ method: 'GET', url: '/api/v1/news/articles' });
    expect(list.json()).toEqual({ items: [], total: 0 });
    expect((await other.inject({ method: 'GET', url: '/api/v1/news/categories' })).json()).toEqual({
      items: [],
    });
    const borrow = await other.inject({
      method: 'POST',
      url: '/api/v1/news/articles',
      payload: articlePayload(room.categoryId),
    });
    expect(borrow.statusCode).toBe(400);
    expect(borrow.json().fieldErrors.categoryId).toBe('Chuyên mục không tồn tại');
    const patchCat = await other.inject({
      method: 'PATCH',
      url: `/api/v1/news/categories/${room.categoryId}`,
      payload: { name: 'Đổi tên trộm' },
    });
    expect(patchCat.statusCode).toBe(404);
  });

  it("does not show the first alliance's news on the second alliance's site", async () => {
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { ...BROWSER, host: OTHER_HOST } });
    expect((await get(article.url)).statusCode).toBe(404);
    expect((await get('/tin-tuc')).body).not.toContain(article.url);
    expect((await get('/rss.xml')).body).not.toContain(article.url);
    expect((await get('/chuyen-muc/diem-tin')).statusCode).toBe(404);
  });
});

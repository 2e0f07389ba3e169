import { expect } from 'vitest';
import type { StaffClient, TestApp } from '../../../tests/helpers/test-app.ts';
import type { ArticleDto } from './article.dto.ts';

/** An editor and a category: enough for tests of the public side. */
export interface EditorRoom {
  editor: StaffClient;
  categoryId: string;
}

/** Test support (not loaded by the app): a newsroom with one person per role and a category. */
export interface Newsroom extends EditorRoom {
  admin: StaffClient;
  editor2: StaffClient;
  contributor: StaffClient;
  contributorId: string;
  contributor2: StaffClient;
  officer: StaffClient;
  member: StaffClient;
}

async function addCategory(editor: StaffClient): Promise<string> {
  const cat = await editor.inject({
    method: 'POST',
    url: '/api/v1/news/categories',
    payload: { name: 'Điểm tin' },
  });
  expect(cat.statusCode, cat.body).toBe(201);
  return cat.json().id;
}

/** One signed-in editor and the category "Điểm tin" (each sign-in costs an argon2 hash: keep them few). */
export async function setUpEditor(t: TestApp): Promise<EditorRoom> {
  const editor = await t.signIn((await t.addUser('bien_tap')).email);
  return { editor, categoryId: await addCategory(editor) };
}

export async function setUpNewsroom(t: TestApp): Promise<Newsroom> {
  const sign = async (role: Parameters<TestApp['addUser']>[0]) => {
    const u = await t.addUser(role);
    return { id: u.id, client: await t.signIn(u.email) };
  };
  const contributor = await sign('cong_tac_vien');
  const room = {
    admin: (await sign('quan_tri')).client,
    editor: (await sign('bien_tap')).client,
    editor2: (await sign('bien_tap')).client,
    contributor: contributor.client,
    contributorId: contributor.id,
    contributor2: (await sign('cong_tac_vien')).client,
    officer: (await sign('can_bo')).client,
    member: (await sign('thanh_vien')).client,
  };
  return { ...room, categoryId: await addCategory(room.editor) };
}

let seq = 0;

export function articlePayload(categoryId: string, overrides: Record<string, unknown> = {}) {
  seq++;
  return {
    title: `Hợp tác xã Đồng Tâm mở rộng sản xuất lúa hữu cơ ${seq}`,
    summary: 'Năm nay hợp tác xã mở rộng diện tích lúa hữu cơ lên 50 ha.',
    bodyHtml: '<p>Hợp tác xã Đồng Tâm đã ký hợp đồng bao tiêu với doanh nghiệp.</p>',
    categoryId,
    tags: ['Nông nghiệp'],
    ...overrides,
  };
}

export async function createArticle(
  client: StaffClient,
  categoryId: string,
  overrides: Record<string, unknown> = {},
): Promise<ArticleDto> {
  const res = await client.inject({
    method: 'POST',
    url: '/api/v1/news/articles',
    payload: articlePayload(categoryId, overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function act(
  client: StaffClient,
  id: string,
  action: 'submit' | 'publish' | 'return' | 'unpublish' | 'archive',
  payload: Record<string, unknown> = {},
) {
  return client.inject({ method: 'POST', url: `/api/v1/news/articles/${id}/${action}`, payload });
}

/** Creates and publishes now; returns the published article. */
export async function publishedArticle(
  room: EditorRoom,
  overrides: Record<string, unknown> = {},
  categoryId = room.categoryId,
): Promise<ArticleDto> {
  const a = await createArticle(room.editor, categoryId, overrides);
  const res = await act(room.editor, a.id, 'publish');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

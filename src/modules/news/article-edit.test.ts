import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import type { ArticleDto } from './article.dto.ts';
import { act, articlePayload, createArticle, type Newsroom, setUpNewsroom } from './news-test-kit.ts';

let t: TestApp;
let room: Newsroom;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpNewsroom(t);
});
afterAll(() => t.close());

const MINUTE = 60_000;

function save(client: StaffClient, a: ArticleDto, changes: Record<string, unknown>, path = '') {
  return client.inject({
    method: 'PUT',
    url: `/api/v1/news/articles/${a.id}${path}`,
    payload: { ...a, ...changes },
  });
}

async function revisionsOf(id: string) {
  const res = await room.editor.inject({ method: 'GET', url: `/api/v1/news/articles/${id}/revisions` });
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: number; version: number; title: string; createdByName: string }[];
}

describe('editing articles', () => {
  it('refuses a stale save from a second editor and says who changed it and when', async () => {
    const a = await createArticle(room.editor, room.categoryId);
    const first = await save(room.editor, a, { title: 'Bản sửa của biên tập viên thứ nhất' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);

    const stale = await save(room.editor2, a, { title: 'Bản sửa đè lên' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    // The clock is 2026-03-02T03:00Z: 10:00 in Viet Nam.
    expect(stale.json().message).toContain('Người dùng bien_tap');
    expect(stale.json().message).toContain('10:00 | 02/03/2026');
    expect(stale.json().message).toContain('phiên bản 2');
    const now = await room.editor.inject({ method: 'GET', url: `/api/v1/news/articles/${a.id}` });
    expect(now.json().title).toBe('Bản sửa của biên tập viên thứ nhất');
    expect((await act(room.editor2, a.id, 'publish', { version: 1 })).statusCode).toBe(409);
  });

  it('autosaves drafts in place, keeping a revision at most every five minutes', async () => {
    const a = await createArticle(room.contributor, room.categoryId, { title: 'Bản nháp tự lưu' });
    let current = a;
    for (const words of ['một', 'hai', 'ba']) {
      t.clock.advance(MINUTE);
      const res = await save(room.contributor, current, { summary: `Tóm tắt ${words}` }, '/draft');
      expect(res.statusCode, res.body).toBe(200);
      current = res.json();
    }
    expect(current.version).toBe(4);
    expect((await revisionsOf(a.id)).map((r) => r.version)).toEqual([1]);
    t.clock.advance(5 * MINUTE);
    current = (await save(room.contributor, current, { summary: 'Tóm tắt bốn' }, '/draft')).json();
    expect((await revisionsOf(a.id)).map((r) => r.version)).toEqual([5, 1]);

    await act(room.contributor, a.id, 'submit');
    const live = await save(room.editor, { ...current, version: 6 }, {}, '/draft');
    expect(live.statusCode).toBe(409);
  });

  it('shows a word diff of a revision and restores it as a new version', async () => {
    const a = await createArticle(room.editor, room.categoryId, {
      title: 'Hợp tác xã Tân Phú mở rộng vùng chè',
      bodyHtml: '<p>Diện tích chè tăng thêm 20 ha trong năm.</p>',
    });
    const edited = (
      await save(room.editor, a, {
        title: 'Hợp tác xã Tân Phú mở rộng mạnh vùng chè',
        bodyHtml: '<p>Diện tích chè tăng thêm 35 ha trong năm.</p>',
        tags: ['Chè'],
      })
    ).json();
    const [latest, original] = await revisionsOf(a.id);
    expect(latest?.version).toBe(2);

    const diff = await room.editor.inject({
      method: 'GET',
      url: `/api/v1/news/articles/${a.id}/revisions/${latest?.id}`,
    });
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().against).toEqual({ kind: 'previous', version: 1 });
    expect(diff.json().diff.title).toContainEqual({ op: 'insert', text: 'mạnh ' });
    expect(diff.json().diff.body).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: '20 ' },
        { op: 'insert', text: '35 ' },
      ]),
    );
    expect(diff.json().changedFields).toContain('tags');

    const againstNow = await room.editor.inject({
      method: 'GET',
      url: `/api/v1/news/articles/${a.id}/revisions/${original?.id}?against=current`,
    });
    expect(againstNow.json().diff.title).toContainEqual({ op: 'insert', text: 'mạnh ' });

    const restored = await room.editor.inject({
      method: 'POST',
      url: `/api/v1/news/articles/${a.id}/revisions/${original?.id}/restore`,
      payload: { version: edited.version },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({
      version: 3,
      title: 'Hợp tác xã Tân Phú mở rộng vùng chè',
      tags: ['Nông nghiệp'],
    });
    expect(restored.json().bodyHtml).toContain('20 ha');
    expect((await revisionsOf(a.id)).map((r) => r.version)).toEqual([3, 2, 1]);

    const missing = await room.editor.inject({
      method: 'GET',
      url: `/api/v1/news/articles/${a.id}/revisions/999999`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('derives unique Vietnamese slugs and refuses a slug taken by another article', async () => {
    const one = await createArticle(room.editor, room.categoryId, {
      title: 'Đại hội Liên minh HTX lần thứ VII',
    });
    const two = await createArticle(room.editor, room.categoryId, {
      title: 'Đại hội Liên minh HTX lần thứ VII',
    });
    expect(one.slug).toBe('dai-hoi-lien-minh-htx-lan-thu-vii');
    expect(two.slug).toBe('dai-hoi-lien-minh-htx-lan-thu-vii-2');
    const taken = await save(room.editor, two, { slug: one.slug });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fieldErrors.slug).toBe('Đường dẫn đã được dùng');
    const bad = await save(room.editor, two, { slug: 'Có Dấu!' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors.slug).toContain('chữ thường không dấu');
  });

  it('sanitizes the body and normalizes tags', async () => {
    const a = await createArticle(room.editor, room.categoryId, {
      bodyHtml:
        '<h1>Tiêu đề</h1><p onclick="x()">Đoạn <a href="javascript:alert(1)">liên kết</a></p><script>alert(1)</script>' +
        '<img src="https://evil.example/a.png" onerror="alert(1)"><p style="color:red" class="MsoNormal">Word</p>',
      tags: ['Nông nghiệp', ' nông  nghiệp ', 'OCOP', 'ocop'],
    });
    expect(a.bodyHtml).toBe('<h2>Tiêu đề</h2><p>Đoạn <a>liên kết</a></p><p>Word</p>');
    expect(a.tags).toEqual(['Nông nghiệp', 'OCOP']);
  });
});

describe('bad input', () => {
  const post = (payload: unknown) =>
    room.editor.inject({ method: 'POST', url: '/api/v1/news/articles', payload: payload as object });

  it('names the field at fault', async () => {
    const noTitle = await post({ ...articlePayload(room.categoryId), title: undefined });
    expect(noTitle.statusCode).toBe(400);
    expect(noTitle.json().fieldErrors).toHaveProperty('title');
    const badCategory = await post(articlePayload('khong-phai-uuid'));
    expect(badCategory.json().fieldErrors.categoryId).toBe('Vui lòng chọn chuyên mục');
    const unknownCategory = await post(articlePayload(randomUUID()));
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().fieldErrors.categoryId).toBe('Chuyên mục không tồn tại');
    const unknownCover = await post(articlePayload(room.categoryId, { coverMediaId: randomUUID() }));
    expect(unknownCover.json().fieldErrors.coverMediaId).toBe('Không tìm thấy ảnh trong thư viện');
    const badSource = await post(articlePayload(room.categoryId, { sourceUrl: 'javascript:alert(1)' }));
    expect(badSource.json().fieldErrors.sourceUrl).toContain('http://');
    const badTime = await post(articlePayload(room.categoryId, { publishedAt: '19/01/2024' }));
    expect(badTime.json().fieldErrors).toHaveProperty('publishedAt');
  });

  it('refuses a 2 MB body before parsing it', async () => {
    const huge = await post(
      articlePayload(room.categoryId, { bodyHtml: `<p>${'a'.repeat(2 * 1024 * 1024)}</p>` }),
    );
    expect(huge.statusCode).toBe(413);
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    const unknown = await room.editor.inject({ method: 'GET', url: `/api/v1/news/articles/${randomUUID()}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Không tìm thấy bài viết.');
    expect((await act(room.editor, randomUUID(), 'publish')).statusCode).toBe(404);
    const malformed = await room.editor.inject({ method: 'GET', url: '/api/v1/news/articles/123' });
    expect(malformed.statusCode).toBe(400);
  });
});

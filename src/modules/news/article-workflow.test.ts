import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import { findArticleSearchEntry } from './news-test.repo.ts';
import { act, createArticle, type Newsroom, setUpNewsroom } from './news-test-kit.ts';

let t: TestApp;
let room: Newsroom;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpNewsroom(t);
});
afterAll(() => t.close());

const searchEntry = (id: string) => findArticleSearchEntry(t.database.db, t.tenant.id, id);

async function auditActions(id: string): Promise<string[]> {
  const res = await room.admin.inject({
    method: 'GET',
    url: `/api/v1/audit?entity=article&entityId=${id}&pageSize=100`,
  });
  return (res.json().items as { action: string }[]).map((e) => e.action).reverse();
}

describe('newsroom workflow by role', () => {
  it('lets a contributor write and submit but not publish; an editor publishes', async () => {
    const draft = await createArticle(room.contributor, room.categoryId, {
      title: 'Tin từ các đơn vị: HTX Tân Tiến',
    });
    expect(draft).toMatchObject({ status: 'draft', version: 1, slug: 'tin-tu-cac-don-vi-htx-tan-tien' });
    expect(draft.url).toBe('/tin-tuc/tin-tu-cac-don-vi-htx-tan-tien');

    const forbidden = await act(room.contributor, draft.id, 'publish');
    expect(forbidden.statusCode).toBe(403);

    const submitted = await act(room.contributor, draft.id, 'submit', { version: 1 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2 });

    // Once submitted, the contributor can no longer change it.
    const edit = await room.contributor.inject({
      method: 'PUT',
      url: `/api/v1/news/articles/${draft.id}`,
      payload: { ...draft, title: 'Sửa sau khi gửi', version: 2 },
    });
    expect(edit.statusCode).toBe(403);
    expect(await searchEntry(draft.id)).toBeUndefined();

    const published = await act(room.editor, draft.id, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', scheduled: false, version: 3 });
    expect(published.json().publishedAt).toBe(t.clock.now().toISOString());
    expect(await searchEntry(draft.id)).toMatchObject({
      url: draft.url,
      title: 'Tin từ các đơn vị: HTX Tân Tiến',
    });

    const unpublished = await act(room.editor, draft.id, 'unpublish');
    expect(unpublished.json().status).toBe('draft');
    expect(await searchEntry(draft.id)).toBeUndefined();

    expect(await auditActions(draft.id)).toEqual([
      'article.create',
      'article.submit',
      'article.publish',
      'article.unpublish',
    ]);
  });

  it('returns a submitted article with a required comment, then the contributor fixes and resubmits', async () => {
    const a = await createArticle(room.contributor, room.categoryId);
    await act(room.contributor, a.id, 'submit');
    const noComment = await act(room.editor, a.id, 'return', { comment: '  ' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().fieldErrors.comment).toBe('Vui lòng ghi nhận xét khi trả lại bài');

    const returned = await act(room.editor, a.id, 'return', { comment: 'Bổ sung nguồn tin.' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung nguồn tin.' });
    const again = await act(room.editor, a.id, 'return', { comment: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('Bị trả lại');

    const fixed = await room.contributor.inject({
      method: 'PUT',
      url: `/api/v1/news/articles/${a.id}`,
      payload: { ...a, tags: a.tags, sourceName: 'Báo Sơn La', version: returned.json().version },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await act(room.contributor, a.id, 'submit')).json().status).toBe('submitted');
  });

  it('keeps contributors to their own articles and read-only roles out of writing', async () => {
    const mine = await createArticle(room.contributor, room.categoryId);
    const other = await room.contributor2.inject({ method: 'GET', url: `/api/v1/news/articles/${mine.id}` });
    expect(other.statusCode).toBe(404);
    const list = await room.contributor2.inject({ method: 'GET', url: '/api/v1/news/articles?pageSize=100' });
    expect(list.json().items.some((i: { id: string }) => i.id === mine.id)).toBe(false);
    expect((await act(room.contributor2, mine.id, 'submit')).statusCode).toBe(404);

    const officerRead = await room.officer.inject({ method: 'GET', url: `/api/v1/news/articles/${mine.id}` });
    expect(officerRead.statusCode).toBe(200);
    const officerWrite = await room.officer.inject({
      method: 'POST',
      url: '/api/v1/news/articles',
      payload: { title: 'Không được viết', categoryId: room.categoryId },
    });
    expect(officerWrite.statusCode).toBe(403);
    expect((await room.member.inject({ method: 'GET', url: '/api/v1/news/articles' })).statusCode).toBe(403);
    expect((await room.member.inject({ method: 'GET', url: '/api/v1/news/categories' })).statusCode).toBe(
      403,
    );
  });

  it('archives and lists by status, author and accent-free title search', async () => {
    const a = await createArticle(room.editor, room.categoryId, {
      title: 'Hội nghị tổng kết kinh tế tập thể',
    });
    expect((await act(room.editor, a.id, 'archive')).json().status).toBe('archived');
    const found = await room.editor.inject({
      method: 'GET',
      url: '/api/v1/news/articles?q=hoi%20nghi%20tong%20ket',
    });
    expect(found.json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const archived = await room.editor.inject({
      method: 'GET',
      url: '/api/v1/news/articles?status=archived',
    });
    expect(archived.json()).toMatchObject({ total: 1, items: [{ id: a.id, categoryName: 'Điểm tin' }] });
    const byAuthor = await room.editor.inject({
      method: 'GET',
      url: `/api/v1/news/articles?author=${room.contributorId}&sort=published`,
    });
    expect(byAuthor.json().items.length).toBeGreaterThan(0);
    expect(
      byAuthor.json().items.every((i: { createdBy: string }) => i.createdBy === room.contributorId),
    ).toBe(true);
  });
});

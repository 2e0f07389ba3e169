import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app.ts';
import {
  act,
  BROWSER,
  createArticle,
  type EditorRoom,
  publishedArticle,
  setUpEditor,
} from './news-test-kit.ts';

let t: TestApp;
let room: EditorRoom;
beforeAll(async () => {
  t = await createTestApp();
  room = await setUpEditor(t);
});
afterAll(() => t.close());

// "?v=n" makes a new page-cache key, so every request renders and reads the kept lists.
let v = 0;
const render = (url: string) => t.app.inject({ method: 'GET', url: `${url}?v=${++v}`, headers: BROWSER });
// Shorter than the kept lists' five-minute age limit: only the scheduled time can drop them.
const SOON = 2 * 60_000;

describe('lists kept between renders', () => {
  it('show a newly published article and a renamed category on the next render', async () => {
    const first = await publishedArticle(room, { title: 'Tin thứ nhất về hợp tác xã' });
    expect((await render(first.url)).statusCode).toBe(200);
    expect((await render('/')).body).toContain('Tin thứ nhất về hợp tác xã');

    const second = await publishedArticle(room, { title: 'Tin thứ hai mới đăng' });
    expect((await render(first.url)).body).toContain(second.url);
    expect((await render('/')).body).toContain('Tin thứ hai mới đăng');

    const renamed = await room.editor.inject({
      method: 'PATCH',
      url: `/api/v1/news/categories/${room.categoryId}`,
      payload: { name: 'Điểm tin mới' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await render(first.url)).body).toContain('Điểm tin mới');
    expect((await render('/')).body).toContain('Điểm tin mới');
  });

  it('show a scheduled article once its time passes, even before anyone announces it', async () => {
    const shown = await publishedArticle(room, { title: 'Tin đang hiển thị' });
    const later = await createArticle(room.editor, room.categoryId, { title: 'Tin hẹn giờ trong danh sách' });
    const at = new Date(t.clock.now().getTime() + SOON).toISOString();
    expect((await act(room.editor, later.id, 'publish', { publishedAt: at })).statusCode).toBe(200);

    expect((await render(shown.url)).body).not.toContain(later.url);
    expect((await render('/')).body).not.toContain('Tin hẹn giờ trong danh sách');
    t.clock.advance(SOON + 1000);
    expect((await render(shown.url)).body).toContain(later.url);
    expect((await render('/')).body).toContain('Tin hẹn giờ trong danh sách');
  });
});

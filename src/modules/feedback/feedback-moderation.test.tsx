import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type StaffClient, type TestApp } from '../../../tests/helpers/test-app.ts';
import { type ContentChange, contentEvents } from '../../core/content-events.ts';
import { silentLog } from '../../core/silent-log.ts';
import { toHtml } from '../../site/page-response.ts';
import type { FeedbackDto, FeedbackPage } from './feedback.dto.ts';
import { listApprovedFeedback, submitFeedback } from './feedback.service.ts';
import { senderHash } from './feedback-sender.ts';
import { ArticleFeedback } from './views/article-feedback.view.tsx';

const ARTICLE = '00000000-0000-4000-8000-0000000000f1';
let n = 0;

describe('feedback moderation', () => {
  let t: TestApp;
  let editor: StaffClient;
  let admin: StaffClient;
  const changes: ContentChange[] = [];
  const onChange = (c: ContentChange) => changes.push(c);

  beforeAll(async () => {
    t = await createTestApp();
    editor = await t.signIn((await t.addUser('bien_tap')).email);
    admin = await t.signIn((await t.addUser('quan_tri')).email);
    contentEvents.on('changed', onChange);
  });
  afterAll(async () => {
    contentEvents.off('changed', onChange);
    await t.close();
  });
  afterEach(() => {
    changes.length = 0;
  });

  /** A reader's message, as the public form stores it. */
  async function submit(
    over: Partial<{ email: string; message: string; articleId: string | null; ip: string }> = {},
  ) {
    n++;
    const ctx = { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog };
    const { id } = await submitFeedback(ctx, {
      name: `Bạn đọc ${n}`,
      email: over.email ?? `ban-doc-${n}@example.vn`,
      phone: '',
      message: over.message ?? `Ý kiến số ${n} về hoạt động của hợp tác xã.`,
      articleId: over.articleId === undefined ? ARTICLE : over.articleId,
      ipHash: senderHash(t.tenant.id, over.ip ?? `10.20.0.${n}`),
    });
    return id;
  }

  const moderate = (id: string, action: string) =>
    editor.inject({ method: 'POST', url: `/api/v1/feedback/${id}/moderate`, payload: { action } });

  async function auditActions(entityId: string): Promise<string[]> {
    const res = await admin.inject({ method: 'GET', url: `/api/v1/audit?entityId=${entityId}&pageSize=50` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { action: string }[] }).items.map((i) => i.action).sort();
  }

  it('lists the queue by status with a total, for editors and administrators only', async () => {
    const ids = [await submit(), await submit(), await submit()];
    const res = await editor.inject({ method: 'GET', url: '/api/v1/feedback?status=pending&pageSize=2' });
    expect(res.statusCode).toBe(200);
    const page = res.json() as FeedbackPage;
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.id).toBe(ids[2]); // newest first
    const page2 = (
      await editor.inject({ method: 'GET', url: '/api/v1/feedback?pageSize=2&page=2' })
    ).json() as FeedbackPage;
    expect(page2.items[0]?.id).toBe(ids[0]);
    for (const role of ['lanh_dao', 'cong_tac_vien'] as const) {
      const other = await t.signIn((await t.addUser(role)).email);
      expect((await other.inject({ method: 'GET', url: '/api/v1/feedback' })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/feedback' })).statusCode).toBe(401);
    expect((await editor.inject({ method: 'GET', url: '/api/v1/feedback?status=xoa' })).statusCode).toBe(400);
  });

  it('approves with an audit row and drops the article page from the caches', async () => {
    const id = await submit();
    const res = await moderate(id, 'approve');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as FeedbackDto).status).toBe('approved');
    expect(changes).toEqual([{ tenantId: t.tenant.id, tags: [`feedback:${ARTICLE}`, `article:${ARTICLE}`] }]);
    expect(await auditActions(id)).toEqual(['feedback.approve']);
    expect(
      (
        await listApprovedFeedback(
          { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog },
          ARTICLE,
        )
      ).map((f) => f.id),
    ).toContain(id);
  });

  it('rejects and marks spam; only changes seen by readers are announced', async () => {
    const a = await submit();
    expect((await moderate(a, 'reject')).statusCode).toBe(200);
    expect(changes).toEqual([]); // it never was public
    const b = await submit();
    await moderate(b, 'approve');
    changes.length = 0;
    expect(((await moderate(b, 'spam')).json() as FeedbackDto).status).toBe('spam');
    expect(changes).toHaveLength(1); // it leaves the article page
    expect(await auditActions(b)).toEqual(['feedback.approve', 'feedback.spam']);
    const general = await submit({ articleId: null });
    await moderate(general, 'approve');
    expect(changes.at(-1)?.tags).toEqual(['feedback']);
  });

  it('stores replies as plain text and shows them under the approved message, escaped', async () => {
    const id = await submit({ message: 'Hỏi: <b>thủ tục</b> thành lập HTX?\r\n\r\n\r\nXin cảm ơn.' });
    await moderate(id, 'approve');
    changes.length = 0;
    const res = await editor.inject({
      method: 'PUT',
      url: `/api/v1/feedback/${id}/reply`,
      payload: { reply: '  Chào bạn,\u0007\nmời xem <script>alert(1)</script> hướng dẫn.  ' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as FeedbackDto;
    expect(dto.reply).toBe('Chào bạn,\nmời xem <script>alert(1)</script> hướng dẫn.');
    expect(dto.repliedAt).not.toBeNull();
    expect(changes).toHaveLength(1);
    const ctx = { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog };
    const items = await listApprovedFeedback(ctx, ARTICLE);
    const html = toHtml(<ArticleFeedback articleId={ARTICLE} items={items} returnTo="/tin-tuc/mau" />);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>thủ tục');
    expect(html).toContain('mời xem &lt;script>alert(1)&lt;/script> hướng dẫn.');
    expect(html).toContain('<span>Chào bạn,</span><br/><span>');
    expect(html).toContain('Trả lời của ban biên tập');
    expect(html).toContain(`<input type="hidden" name="articleId" value="${ARTICLE}"/>`);
    expect(html).toContain('<input type="hidden" name="returnTo" value="/tin-tuc/mau"/>');
    expect(html).not.toContain('@example.vn'); // readers never see e-mail addresses
    // An empty reply removes it.
    const cleared = await editor.inject({
      method: 'PUT',
      url: `/api/v1/feedback/${id}/reply`,
      payload: { reply: ' ' },
    });
    expect((cleared.json() as FeedbackDto).repliedAt).toBeNull();
    expect(await auditActions(id)).toEqual(['feedback.approve', 'feedback.reply', 'feedback.reply']);
  });

  it('shows a friendly empty state under an article without feedback', () => {
    const html = toHtml(<ArticleFeedback articleId={ARTICLE} items={[]} />);
    expect(html).toContain('Chưa có phản hồi nào được đăng cho bài viết này.');
    expect(html).toContain(
      '<h3 class="feedback-form__title" id="phan-hoi-tieu-de">Thông tin người gửi phản hồi</h3>',
    );
  });

  it('blocks a sender by e-mail and address, lists and unblocks', async () => {
    const id = await submit({ email: 'quang-cao@example.vn', ip: '10.30.0.1' });
    const res = await editor.inject({
      method: 'POST',
      url: `/api/v1/feedback/${id}/block`,
      payload: { reason: 'Quảng cáo' },
    });
    expect((res.json() as FeedbackDto).status).toBe('spam');
    const list = (await editor.inject({ method: 'GET', url: '/api/v1/feedback/blocked-senders' })).json() as {
      items: { id: string; email: string; senderKey: string; reason: string }[];
    };
    const entry = list.items.find((b) => b.email === 'quang-cao@example.vn');
    expect(entry).toMatchObject({ reason: 'Quảng cáo', senderKey: expect.stringMatching(/^[0-9a-f]{10}$/) });
    // Another e-mail from the same address is caught too.
    const sameAddress = await submit({ email: 'ten-khac@example.vn', ip: '10.30.0.1' });
    const spam = (
      await editor.inject({ method: 'GET', url: '/api/v1/feedback?status=spam&pageSize=200' })
    ).json() as FeedbackPage;
    expect(spam.items.map((f) => f.id)).toContain(sameAddress);
    // Blocking twice adds no second entry.
    await editor.inject({ method: 'POST', url: `/api/v1/feedback/${id}/block`, payload: {} });
    const again = (
      await editor.inject({ method: 'GET', url: '/api/v1/feedback/blocked-senders' })
    ).json() as typeof list;
    expect(again.items.filter((b) => b.email === 'quang-cao@example.vn')).toHaveLength(1);
    if (!entry) throw new Error('not blocked');
    const del = await editor.inject({
      method: 'DELETE',
      url: `/api/v1/feedback/blocked-senders/${entry.id}`,
    });
    expect(del.statusCode).toBe(204);
    const freed = await submit({ email: 'quang-cao@example.vn', ip: '10.30.0.1' });
    const pending = (
      await editor.inject({ method: 'GET', url: '/api/v1/feedback?pageSize=200' })
    ).json() as FeedbackPage;
    expect(pending.items.map((f) => f.id)).toContain(freed);
    expect(await auditActions(entry.id)).toEqual(['feedback.block_sender', 'feedback.unblock_sender']);
  });

  it('applies one action to many items in one transaction, each audited', async () => {
    const ids = [await submit(), await submit(), await submit()];
    const unknown = '00000000-0000-4000-8000-00000000dead';
    const res = await editor.inject({
      method: 'POST',
      url: '/api/v1/feedback/bulk',
      payload: { ids: [...ids, unknown, ids[0]], action: 'approve' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 3 });
    for (const id of ids) expect(await auditActions(id)).toEqual(['feedback.approve']);
    expect(changes).toHaveLength(3);
    const blocked = await editor.inject({
      method: 'POST',
      url: '/api/v1/feedback/bulk',
      payload: { ids: ids.slice(0, 2), action: 'block' },
    });
    expect(blocked.json()).toEqual({ updated: 2 });
    const bad = await editor.inject({
      method: 'POST',
      url: '/api/v1/feedback/bulk',
      payload: { ids: ['x'], action: 'approve' },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { fieldErrors: Record<string, string> }).fieldErrors['ids.0']).toBe(
      'Mã không hợp lệ',
    );
    const empty = await editor.inject({
      method: 'POST',
      url: '/api/v1/feedback/bulk',
      payload: { ids: [], action: 'spam' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('answers unknown and malformed ids with 404 and 400', async () => {
    expect((await moderate('00000000-0000-4000-8000-00000000beef', 'approve')).statusCode).toBe(404);
    expect((await moderate('khong-phai-ma', 'approve')).statusCode).toBe(400);
    expect((await moderate(await submit(), 'xoa')).statusCode).toBe(400);
    const res = await editor.inject({
      method: 'GET',
      url: '/api/v1/feedback/00000000-0000-4000-8000-00000000beef',
    });
    expect(res.statusCode).toBe(404);
    expect((res.json() as { message: string }).message).toBe('Không tìm thấy phản hồi.');
  });
});

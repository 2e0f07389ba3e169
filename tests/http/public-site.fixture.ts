// Test support: a public site filled like a real alliance's (the demo content, pictures drawn small),
// plus what the demo has not: a legal document with an attached file and an approved reader
// message with the alliance's reply under an article that has a picture, a caption and a table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Ctx } from '../../src/core/context.ts';
import { silentLog } from '../../src/core/silent-log.ts';
import { seedDemoContent } from '../../src/modules/demo/demo-loader.service.ts';
import { articleRows, categoryRows, pageRows } from '../../src/modules/demo/demo-test.repo.ts';
import { createDocument, uploadPdf } from '../../src/modules/documents/documents-test-kit.fixture.ts';
import { submitFeedback } from '../../src/modules/feedback/feedback.service.ts';
import { senderHash } from '../../src/modules/feedback/feedback-sender.ts';
import { MediaStore } from '../../src/modules/media/media-store.ts';
import { reloadTenantDirectory } from '../../src/modules/tenants/tenants.service.ts';
import { createTestApp, type StaffClient, type TestApp } from '../helpers/test-app.ts';

export const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

export interface DemoSite {
  t: TestApp;
  editor: StaffClient;
  /** Paths of representative pages. */
  /** The category of that article. */
  category: { id: string; slug: string; name: string };
  paths: {
    /** A published article with a cover, a captioned body picture, a table and a reader's message. */
    article: string;
    category: string;
    document: string;
    page: string;
  };
  close(): Promise<void>;
}

/** Published, public articles of the demo whose body has a figure with a caption and a table. */
async function richArticle(t: TestApp): Promise<{ id: string; slug: string; categoryId: string }> {
  const rows = await articleRows(t.database.db, t.tenant.id);
  for (const row of rows.filter((r) => r.status === 'published')) {
    const res = await t.app.inject({ method: 'GET', url: `/tin-tuc/${row.slug}` });
    if (res.statusCode !== 200) continue; // scheduled for later
    const html = res.body;
    if (html.includes('<figcaption') && html.includes('<table') && html.includes('article__cover'))
      return { id: row.id, slug: row.slug, categoryId: row.categoryId };
  }
  throw new Error('the demo has no published article with a cover, a caption and a table');
}

export async function createDemoSite(): Promise<DemoSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hoptac-site-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  const t = await createTestApp({ DATA_DIR: dataDir }).catch((err: unknown) => {
    removeDir();
    throw err;
  });
  const close = async () => {
    await t.close();
    removeDir();
  };
  try {
    return { ...(await fill(t)), close };
  } catch (err) {
    await close();
    throw err;
  }
}

async function fill(t: TestApp): Promise<Omit<DemoSite, 'close'>> {
  const ctx: Ctx = { db: t.database.db, tenantId: t.tenant.id, actor: null, requestId: null, log: silentLog };
  await seedDemoContent(ctx, {
    store: new MediaStore(t.config.dataDir),
    now: t.clock.now(),
    imageSize: { width: 160, height: 90 },
  });
  await reloadTenantDirectory(t.database.db, t.tenants);
  const editor = await t.signIn((await t.addUser('bien_tap')).email);

  const pdf = await uploadPdf(editor, 'quy-che-hoat-dong.pdf', 'Quy chế hoạt động & tổ chức');
  const doc = await createDocument(editor, {
    number: '12/QĐ-LMHTX',
    summary: 'Về việc ban hành Quy chế "hoạt động" & <tổ chức> của Liên minh',
    fileIds: [pdf.id],
  });

  const article = await richArticle(t);
  const { id: feedbackId } = await submitFeedback(ctx, {
    name: 'Nguyễn Thị Hoa',
    email: 'hoa@example.vn',
    phone: '',
    message: 'Xin hỏi thủ tục vay vốn của Quỹ hỗ trợ?\n\nXin cảm ơn.',
    articleId: article.id,
    ipHash: senderHash(t.tenant.id, '192.0.2.50'),
  });
  const approve = await editor.inject({
    method: 'POST',
    url: `/api/v1/feedback/${feedbackId}/moderate`,
    payload: { action: 'approve' },
  });
  expect(approve.statusCode, approve.body).toBe(200);
  const reply = await editor.inject({
    method: 'PUT',
    url: `/api/v1/feedback/${feedbackId}/reply`,
    payload: { reply: 'Chào bạn, hồ sơ gồm đơn đề nghị và phương án sản xuất.' },
  });
  expect(reply.statusCode, reply.body).toBe(200);

  const categories = await categoryRows(t.database.db, t.tenant.id);
  const category = categories.find((c) => c.id === article.categoryId);
  const pages = await pageRows(t.database.db, t.tenant.id);
  if (!category || !pages[0]) throw new Error('the demo has no category or page');

  return {
    t,
    editor,
    category: { id: category.id, slug: category.slug, name: category.name },
    paths: {
      article: `/tin-tuc/${article.slug}`,
      category: `/chuyen-muc/${category.slug}`,
      document: doc.url,
      page: `/gioi-thieu/${pages[0].slug}`,
    },
  };
}

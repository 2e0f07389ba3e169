/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations } from './browser.ts';
import {
  baseUrl,
  consoleApi,
  createAccountFromCli,
  createCategory,
  firstSignIn,
  newPerson,
  uniqueTag,
} from './people.ts';

// A reader's feedback on an article: sent through the public form (the browser really solves the
// proof-of-work challenge), held for moderation, shown with the alliance's reply once approved.
const tag = uniqueTag();
const TITLE = `Hội nghị tổng kết mô hình chăn nuôi tuần hoàn ${tag}`;
const READER = `Phạm Thị Bạn Đọc ${tag}`;
const MESSAGE = `Xin hỏi hợp tác xã có nhận thêm hộ chăn nuôi ở huyện Kim Động không? (${tag})`;
const REPLY = 'Có. Bà con liên hệ văn phòng Liên minh để được hướng dẫn hồ sơ tham gia.';

let browser: Browser;
let staff: Page;
let reader: Page;
let articlePath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  [staff, reader] = await Promise.all([newPerson(browser), newPerson(browser)]);
  // The article is only the setting: it goes up through the API, the feedback through the browser.
  await firstSignIn(staff, await createAccountFromCli('bien_tap', `Đỗ Biên Tập ${tag}`));
  const api = await consoleApi(staff);
  const category = await createCategory(api, `Hoạt động hợp tác xã ${tag}`);
  const draft = await api.call<{ id: string; version: number }>('POST', '/news/articles', {
    title: TITLE,
    summary: 'Mười hai hợp tác xã chia sẻ kinh nghiệm xử lý chất thải chăn nuôi làm phân bón.',
    bodyHtml: '<p>Hội nghị diễn ra tại hội trường Liên minh với hơn 80 đại biểu tham dự.</p>',
    categoryId: category.id,
  });
  const published = await api.call<{ url: string }>('POST', `/news/articles/${draft.id}/publish`, {
    version: draft.version,
  });
  articlePath = new URL(published.url, baseUrl).pathname;
});
afterAll(async () => {
  await browser?.close();
});

const feedbackSection = () => reader.getByRole('region', { name: 'Phản hồi', exact: true });

describe('reader feedback on an article', () => {
  it('a reader sends feedback through the article’s form and is told it awaits moderation', async () => {
    await reader.goto(`${baseUrl}${articlePath}`);
    await expect(reader.locator('h1').textContent()).resolves.toBe(TITLE);
    await feedbackSection().getByText('Chưa có phản hồi nào được đăng cho bài viết này.').waitFor();
    const form = reader.getByRole('form', { name: 'Thông tin người gửi phản hồi' });
    await form.getByLabel('Họ và tên').fill(READER);
    await form.getByLabel('Email').fill(`ban-doc-${tag}@example.vn`);
    await form.getByLabel('Số điện thoại').fill('0912 345 678');
    await form.getByLabel('Nội dung phản hồi').fill(MESSAGE);
    // Entering the form started the proof of work; the page says when it is solved.
    await form
      .getByRole('status')
      .getByText('Đã xác minh, bạn có thể gửi phản hồi.')
      .waitFor({ timeout: 60_000 });
    expect(await form.locator('input[name="altcha"]').inputValue()).not.toBe('');
    await form.getByRole('button', { name: 'Gửi phản hồi' }).click();
    await reader.waitForURL(/\/phan-hoi\/da-gui/);
    await expect(reader.locator('h1').textContent()).resolves.toBe('Đã gửi phản hồi, đang chờ duyệt');
    expect(await seriousA11yViolations(reader)).toEqual([]);
    await reader.getByRole('link', { name: 'Quay lại trang trước' }).click();
    await reader.waitForURL(`${baseUrl}${articlePath}`);
    await feedbackSection().getByText('Chưa có phản hồi nào được đăng cho bài viết này.').waitFor();
    await expect(reader.getByText(MESSAGE).count()).resolves.toBe(0);
  });

  it('staff find it in the console’s queue and write a reply, which stays unpublished while pending', async () => {
    await staff.goto(`${baseUrl}/quan-tri/phan-hoi`);
    const row = staff.getByRole('row').filter({ hasText: MESSAGE });
    await row.getByText(READER).waitFor();
    await row.getByRole('button', { name: `Trả lời ${READER}` }).click();
    const dialog = staff.getByRole('dialog', { name: `Trả lời ${READER}` });
    await dialog.getByText('Trả lời chỉ hiển thị trên cổng khi phản hồi được duyệt.').waitFor();
    await dialog.getByLabel('Trả lời của đơn vị').fill(REPLY);
    await dialog.getByRole('button', { name: 'Lưu trả lời' }).click();
    await staff.getByText('Đã lưu trả lời.').waitFor();
    await row.getByText(REPLY).waitFor();

    await reader.reload();
    await feedbackSection().getByText('Chưa có phản hồi nào được đăng cho bài viết này.').waitFor();
    await expect(reader.getByText(MESSAGE).count()).resolves.toBe(0);
    await expect(reader.getByText(REPLY).count()).resolves.toBe(0);
  });

  it('once staff approve it, the feedback and the reply appear under the article', async () => {
    const row = staff.getByRole('row').filter({ hasText: MESSAGE });
    await row.getByRole('button', { name: `Duyệt phản hồi của ${READER}` }).click();
    await staff.getByText('Đã duyệt phản hồi.').waitFor();
    await row.waitFor({ state: 'detached' });
    await staff.getByRole('tab', { name: /Đã duyệt/ }).click();
    await staff.getByRole('row').filter({ hasText: MESSAGE }).waitFor();

    await reader.reload();
    const item = feedbackSection().getByRole('listitem').filter({ hasText: MESSAGE });
    await item.getByText(READER).waitFor();
    await item.getByText('Trả lời của ban biên tập').waitFor();
    await item.getByText(REPLY).waitFor();
    await expect(feedbackSection().getByText('Chưa có phản hồi nào').count()).resolves.toBe(0);
    // The address and phone number stay private.
    await expect(reader.getByText(`ban-doc-${tag}@example.vn`).count()).resolves.toBe(0);
    expect(await seriousA11yViolations(reader)).toEqual([]);
  });
});
